/* Loading from disk: drop-ins in order, trust of files and directories,
 * symlinks, missing files, pin_dir's parent, and all-or-nothing results. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "policy/policy.h"
#include "policy_files.h"

#define V "version = 1;\n"

struct fixture {
	char *dir;
	char *main;		/* dir/pam_ns.conf, not yet written */
	char *dropins;		/* dir/pam_ns.d, not yet made */
	char *pins;		/* dir/pins: a pin_dir whose parent is dir */
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = pf_mkdtemp();
	assert_true(asprintf(&f->main, "%s/pam_ns.conf", f->dir) > 0);
	assert_true(asprintf(&f->dropins, "%s/pam_ns.d", f->dir) > 0);
	assert_true(asprintf(&f->pins, "%s/pins", f->dir) > 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	pf_rmtree(f->dir);
	free(f->dir);
	free(f->main);
	free(f->dropins);
	free(f->pins);
	free(f);
	return 0;
}

/* The main file with pin_dir under the fixture's directory and `body`. */
static void write_main(struct fixture *f, mode_t mode, const char *body)
{
	char *text = NULL;
	assert_true(asprintf(&text, V "pin_dir = \"%s\";\n%s", f->pins, body) > 0);
	free(pf_write(f->dir, "pam_ns.conf", mode, text));
	free(text);
}

static void write_dropin(struct fixture *f, const char *name, mode_t mode, const char *text)
{
	mkdir(f->dropins, 0755);
	free(pf_write(f->dropins, name, mode, text));
}

static int load(const char *path, uid_t trusted, bool skip, struct pns_policy **out, struct pns_diag *d)
{
	struct pns_load_opts o = { .trusted_uid = trusted, .skip_trust = skip, .check_pin_dir = true };
	return pns_policy_load(path, &o, out, d);
}

/* Expect the load to fail with one message containing every needle. */
static void expect_refused(const char *path, uid_t trusted, bool skip, const char *n1, const char *n2)
{
	struct pns_policy *sentinel = (struct pns_policy *)&sentinel, *pol = sentinel;
	struct pns_diag d = { 0 };
	assert_int_equal(load(path, trusted, skip, &pol, &d), -1);
	assert_ptr_equal(pol, sentinel);
	bool found = false;
	for (size_t i = 0; i < d.msgs.n; i++)
		found |= strstr(d.msgs.v[i], n1) && (!n2 || strstr(d.msgs.v[i], n2));
	if (!found) {
		for (size_t i = 0; i < d.msgs.n; i++)
			print_error("got: %s\n", d.msgs.v[i]);
		fail_msg("wanted a message with \"%s\" and \"%s\"", n1, n2 ? n2 : "");
	}
	pns_diag_free(&d);
}

static void loads_main_and_sorted_dropins(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "namespaces = { lab = { types = [\"net\"]; }; };\n"
			    "rules = ( { users = [\"alice\"]; unshare = [\"net\"];"
			    " user_manager = \"reachable\"; } );\n");
	write_dropin(f, "20-b.conf", 0644, "rules = ( { users = [\"b\"]; join = \"lab\";"
		     " user_manager = \"reachable\"; } );\n");
	write_dropin(f, "10-a.conf", 0644, "rules = ( { users = [\"a\"]; unshare = [\"ipc\", \"pid\", \"mnt\"];"
		     " proc = true; } );\n");
	write_dropin(f, "README", 0644, "this is not read");
	write_dropin(f, ".hidden.conf", 0644, "this is not read either");
	write_dropin(f, "30-c.conf.bak", 0644, "nor this");
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), false, &pol, &d), 0);
	assert_int_equal(d.msgs.n, 0);
	assert_non_null(pol);
	assert_string_equal(pol->pin_dir, f->pins);
	assert_int_equal(pol->files.n, 3);
	assert_string_equal(pol->files.v[0], f->main);
	assert_int_equal(pol->nrules, 3);
	assert_string_equal(pol->rules[0].users.v[0], "alice");
	assert_string_equal(pol->rules[0].file, f->main);
	assert_string_equal(pol->rules[1].users.v[0], "a");
	assert_non_null(strstr(pol->rules[1].file, "/pam_ns.d/10-a.conf"));
	assert_string_equal(pol->rules[2].users.v[0], "b");
	assert_non_null(strstr(pol->rules[2].file, "/pam_ns.d/20-b.conf"));
	assert_ptr_equal(pol->rules[2].join, pns_policy_find_set(pol, "lab"));
	pns_policy_free(pol);
}

static void dropin_defining_pin_dir_is_refused(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "");
	write_dropin(f, "10-x.conf", 0644, "rules = ( { unshare = [\"net\"]; } );\npin_dir = \"/srv/pins\";\n");
	expect_refused(f->main, getuid(), false, "/pam_ns.d/10-x.conf:2: pin_dir may only be set in the main",
		       NULL);
}

static void errors_of_every_file_are_collected(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "rules = ( { users = [\"a\"]; } );\n");
	write_dropin(f, "10-x.conf", 0644, "rules = ( { join = \"ghost\"; } );\n");
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), false, &pol, &d), -1);
	assert_null(pol);
	assert_int_equal(d.msgs.n, 2);
	assert_non_null(strstr(d.msgs.v[0], "pam_ns.conf:3: rule does nothing"));
	assert_non_null(strstr(d.msgs.v[1], "10-x.conf:1: join = \"ghost\""));
	pns_diag_free(&d);
}

/* Whether a session keeps the host's /proc depends on the set a rule
 * joins, which may be in another file: decided once every file is read,
 * and reported at the rule. */
static void user_manager_across_files(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "namespaces = { lab = { types = [\"net\"]; };\n"
			    "  box = { types = [\"net\", \"pid\", \"mnt\"]; per = \"user\"; proc = true; }; };\n");
	write_dropin(f, "10-x.conf", 0644, "rules = ( { users = [\"a\"]; join = \"box\"; },\n"
		     "  { users = [\"b\"]; join = \"lab\"; } );\n");
	expect_refused(f->main, getuid(), false, "/pam_ns.d/10-x.conf:2: this rule isolates net, but it leaves "
		       "the host's /proc in the session", "user_manager = \"reachable\"");
	write_dropin(f, "10-x.conf", 0644, "rules = ( { users = [\"a\"]; join = \"box\"; },\n"
		     "  { users = [\"b\"]; join = \"lab\"; user_manager = \"reachable\"; } );\n");
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), false, &pol, &d), 0);
	assert_true(pol->rules[0].hide_user_manager);
	assert_false(pol->rules[1].hide_user_manager);
	pns_policy_free(pol);
}

static void missing_file(void **state)
{
	struct fixture *f = *state;
	expect_refused(f->main, getuid(), false, f->main, "the policy file does not exist");
}

static void symlinked_policy_is_refused(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "");
	char *link = NULL;
	assert_true(asprintf(&link, "%s/link.conf", f->dir) > 0);
	assert_int_equal(symlink(f->main, link), 0);
	expect_refused(link, getuid(), false, link, "is a symbolic link");
	/* skip_trust skips owner and mode checks, never O_NOFOLLOW. */
	expect_refused(link, getuid(), true, link, "is a symbolic link");
	free(link);
}

static void writable_policy_is_refused(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0666, "");
	expect_refused(f->main, getuid(), false, f->main, "is writable by group or others (mode 0666)");
	write_main(f, 0664, "");
	expect_refused(f->main, getuid(), false, f->main, "is writable by group or others (mode 0664)");
	/* The same file is fine for grammar-only loading. */
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), true, &pol, &d), 0);
	assert_int_equal(d.msgs.n, 0);
	assert_int_equal(pol->nrules, 0);
	pns_policy_free(pol);
}

/* Whoever may write the policy's directory may swap the file itself. */
static void policy_directory_must_be_trusted(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "");
	assert_int_equal(chmod(f->dir, 0777), 0);
	expect_refused(f->main, getuid(), false, "lies in a directory that cannot be trusted",
		       "is writable by group or others (mode 0777)");
	/* A sticky directory like /tmp is no better: anyone may add the file. */
	assert_int_equal(chmod(f->dir, 01777), 0);
	expect_refused(f->main, getuid(), false, "lies in a directory that cannot be trusted",
		       "is writable by group or others (mode 1777)");
	assert_int_equal(chmod(f->dir, 0775), 0);
	expect_refused(f->main, getuid(), false, f->main, "(mode 0775)");
	/* Grammar-only loading keeps ignoring owner and mode. */
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), true, &pol, &d), 0);
	assert_int_equal(d.msgs.n, 0);
	pns_policy_free(pol);
	assert_int_equal(chmod(f->dir, 0755), 0);
	if (geteuid() != 0) {
		/* Our directory, but another uid is the trusted one. */
		char want[64];
		snprintf(want, sizeof(want), "is owned by uid %u", (unsigned)getuid());
		expect_refused(f->main, getuid() + 1, false, "lies in a directory that cannot be trusted", want);
	} else {
		assert_int_equal(chown(f->dir, 12345, 12345), 0);
		expect_refused(f->main, 0, false, "lies in a directory that cannot be trusted",
			       "is owned by uid 12345, not root");
		assert_int_equal(chown(f->dir, 0, 0), 0);
	}
}

/* A link anywhere on the way would let its owner choose the directory. */
static void policy_under_symlinked_directory_is_refused(void **state)
{
	struct fixture *f = *state;
	char *real = NULL, *alias = NULL, *via = NULL;
	assert_true(asprintf(&real, "%s/real", f->dir) > 0);
	assert_true(asprintf(&alias, "%s/alias", f->dir) > 0);
	assert_true(asprintf(&via, "%s/alias/pam_ns.conf", f->dir) > 0);
	assert_int_equal(mkdir(real, 0755), 0);
	free(pf_write(real, "pam_ns.conf", 0644, V));
	assert_int_equal(symlink(real, alias), 0);
	expect_refused(via, getuid(), false, alias, "is a symbolic link or lies under one");
	/* The real path loads; skip_trust skips owner and mode, never the
	 * refusal of a link (policy_load.c opens through the path walker). */
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	char *direct = NULL;
	assert_true(asprintf(&direct, "%s/pam_ns.conf", real) > 0);
	assert_int_equal(load(direct, getuid(), false, &pol, &d), 0);
	assert_int_equal(d.msgs.n, 0);
	pns_policy_free(pol);
	expect_refused(via, getuid(), true, alias, "is a symbolic link or lies under one");
	free(direct);
	free(via);
	free(alias);
	free(real);
}

/* pin_dir's parent: no link in any component, not only the last. */
static void pin_dir_under_symlinked_directory_is_refused(void **state)
{
	struct fixture *f = *state;
	char *real = NULL, *alias = NULL, *text = NULL;
	assert_true(asprintf(&real, "%s/real", f->dir) > 0);
	assert_true(asprintf(&alias, "%s/alias", f->dir) > 0);
	assert_int_equal(mkdir(real, 0755), 0);
	assert_int_equal(mkdir(f->pins, 0755), 0);
	assert_int_equal(symlink(real, alias), 0);
	assert_true(asprintf(&text, V "pin_dir = \"%s/alias/sub/pins\";\n", f->dir) > 0);
	char *sub = NULL;
	assert_true(asprintf(&sub, "%s/sub", real) > 0);
	assert_int_equal(mkdir(sub, 0755), 0);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text));
	expect_refused(f->main, getuid(), false, "/alias/sub is a symbolic link or lies under one",
		       "pin_dir");
	free(sub);
	free(text);
	free(alias);
	free(real);
}

static void wrong_owner_is_refused(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "");
	if (geteuid() == 0) {
		/* root owns what it writes and is always trusted: give it away. */
		assert_int_equal(chown(f->main, 12345, 12345), 0);
		expect_refused(f->main, 0, false, f->main, "is owned by uid 12345, not root");
	} else {
		/* Ours, but we pretend another uid is the trusted one. */
		uid_t other = getuid() + 1;
		char want[64];
		snprintf(want, sizeof(want), "is owned by uid %u, not root or uid %u", (unsigned)getuid(),
			 (unsigned)other);
		expect_refused(f->main, other, false, f->main, want);
	}
}

static void not_a_regular_file(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(mkdir(f->main, 0755), 0);
	expect_refused(f->main, getuid(), false, f->main, "is not a regular file");
	rmdir(f->main);
	assert_int_equal(mkfifo(f->main, 0644), 0);
	/* A FIFO must not hang the loader. */
	expect_refused(f->main, getuid(), false, f->main, "is not a regular file");
}

static void untrusted_dropins_are_refused(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "");
	write_dropin(f, "10-a.conf", 0666, "rules = ( { unshare = [\"net\"]; } );\n");
	expect_refused(f->main, getuid(), false, "/pam_ns.d/10-a.conf is writable by group or others", NULL);
	char *file = NULL;
	assert_true(asprintf(&file, "%s/10-a.conf", f->dropins) > 0);
	assert_int_equal(chmod(file, 0644), 0);
	assert_int_equal(chmod(f->dropins, 0777), 0);
	expect_refused(f->main, getuid(), false, "/pam_ns.d is writable by group or others", NULL);
	assert_int_equal(chmod(f->dropins, 0755), 0);
	/* A symlinked drop-in, and a symlinked drop-in directory. */
	assert_int_equal(unlink(file), 0);
	char *elsewhere = pf_write(f->dir, "elsewhere.conf", 0644, "rules = ( { unshare = [\"net\"]; } );\n");
	assert_int_equal(symlink(elsewhere, file), 0);
	expect_refused(f->main, getuid(), false, "/pam_ns.d/10-a.conf is a symbolic link", NULL);
	pf_rmtree(f->dropins);
	char *realdir = NULL;
	assert_true(asprintf(&realdir, "%s/real.d", f->dir) > 0);
	assert_int_equal(mkdir(realdir, 0755), 0);
	assert_int_equal(symlink(realdir, f->dropins), 0);
	expect_refused(f->main, getuid(), false, "/pam_ns.d is a symbolic link", NULL);
	unlink(f->dropins);
	/* A plain file where the directory should be. */
	free(pf_write(f->dir, "pam_ns.d", 0644, ""));
	expect_refused(f->main, getuid(), false, "/pam_ns.d is not a directory", NULL);
	free(realdir);
	free(elsewhere);
	free(file);
}

static void pin_dir_parent_must_be_trusted(void **state)
{
	struct fixture *f = *state;
	char *open_dir = NULL, *text = NULL;
	assert_true(asprintf(&open_dir, "%s/open", f->dir) > 0);
	assert_int_equal(mkdir(open_dir, 0755), 0);
	assert_int_equal(chmod(open_dir, 0777), 0);
	assert_true(asprintf(&text, V "pin_dir = \"%s/pins\";\n", open_dir) > 0);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text));
	expect_refused(f->main, getuid(), false, open_dir, "is writable by group or others (mode 0777)");
	/* Sticky world-writable directories like /tmp are no better. */
	assert_int_equal(chmod(open_dir, 01777), 0);
	expect_refused(f->main, getuid(), false, open_dir, "(mode 1777)");
	free(text);
	assert_true(asprintf(&text, V "pin_dir = \"/tmp/pam_ns\";\n") > 0);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text));
	struct stat st;
	if (stat("/tmp", &st) == 0 && (st.st_mode & S_IWOTH))
		expect_refused(f->main, getuid(), false, "pin_dir /tmp/pam_ns cannot be used", "/tmp is writable");
	free(text);
	/* An absent parent is for the helper to create. */
	assert_true(asprintf(&text, V "pin_dir = \"%s/not/yet/pins\";\n", f->dir) > 0);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text));
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), false, &pol, &d), 0);
	pns_policy_free(pol);
	/* A symlinked parent is refused. */
	char *link = NULL;
	assert_true(asprintf(&link, "%s/linked", f->dir) > 0);
	assert_int_equal(chmod(open_dir, 0755), 0);
	assert_int_equal(symlink(open_dir, link), 0);
	free(text);
	assert_true(asprintf(&text, V "pin_dir = \"%s/pins\";\n", link) > 0);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text));
	expect_refused(f->main, getuid(), false, link, "is a symbolic link");
	free(link);
	free(text);
	free(open_dir);
}

static void skip_trust_skips_owner_and_mode(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0666, "rules = ( { unshare = [\"net\"]; user_manager = \"reachable\"; } );\n");
	write_dropin(f, "10-a.conf", 0666, "rules = ( { unshare = [\"uts\"]; } );\n");
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid() + 1, true, &pol, &d), 0);
	assert_int_equal(pol->nrules, 2);
	pns_policy_free(pol);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(loads_main_and_sorted_dropins, setup, teardown),
		cmocka_unit_test_setup_teardown(dropin_defining_pin_dir_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(errors_of_every_file_are_collected, setup, teardown),
		cmocka_unit_test_setup_teardown(user_manager_across_files, setup, teardown),
		cmocka_unit_test_setup_teardown(missing_file, setup, teardown),
		cmocka_unit_test_setup_teardown(symlinked_policy_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(writable_policy_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(policy_directory_must_be_trusted, setup, teardown),
		cmocka_unit_test_setup_teardown(policy_under_symlinked_directory_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(pin_dir_under_symlinked_directory_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(wrong_owner_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(not_a_regular_file, setup, teardown),
		cmocka_unit_test_setup_teardown(untrusted_dropins_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(pin_dir_parent_must_be_trusted, setup, teardown),
		cmocka_unit_test_setup_teardown(skip_trust_skips_owner_and_mode, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
