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
#include "policy/policy_limits.h"

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


/* ---- limits (policy_limits.h) ------------------------------------------ */


/* A growing text, for policies of a given size. */
struct text {
	char *s;
	size_t len;
	FILE *f;
};

static void text_open(struct text *t)
{
	t->s = NULL;
	t->len = 0;
	assert_non_null(t->f = open_memstream(&t->s, &t->len));
}

static char *text_close(struct text *t)
{
	fclose(t->f);
	return t->s;
}

/* Pad t with a '#' comment to exactly `size` bytes (newline included). */
static void text_pad(struct text *t, size_t size)
{
	fflush(t->f);
	assert_true(t->len + 2 <= size);
	fputc('#', t->f);
	for (size_t i = t->len + 2; i < size; i++)
		fputc('x', t->f);
	fputc('\n', t->f);
	fflush(t->f);
	assert_int_equal(t->len, size);
}

/* Expect a load to succeed; the policy, to free. */
static struct pns_policy *expect_loads(const char *path)
{
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	int r = load(path, getuid(), false, &pol, &d);
	for (size_t i = 0; i < d.msgs.n; i++)
		print_error("got: %s\n", d.msgs.v[i]);
	assert_int_equal(r, 0);
	pns_diag_free(&d);
	return pol;
}

/* The main file as write_main makes it, padded to exactly `size` bytes. */
static void write_main_sized(struct fixture *f, size_t size)
{
	struct text t;
	text_open(&t);
	fprintf(t.f, V "pin_dir = \"%s\";\n", f->pins);
	text_pad(&t, size);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text_close(&t)));
	free(t.s);
}

static void file_of_exactly_the_limit_loads(void **state)
{
	struct fixture *f = *state;
	/* 1 MiB - 1 and 1 MiB were refused as "larger than 1 MiB". */
	write_main_sized(f, PNS_POLICY_FILE_MAX - 1);
	pns_policy_free(expect_loads(f->main));
	write_main_sized(f, PNS_POLICY_FILE_MAX);
	pns_policy_free(expect_loads(f->main));
	write_main_sized(f, PNS_POLICY_FILE_MAX + 1);
	expect_refused(f->main, getuid(), false, "pam_ns.conf: file is larger than 1048576 bytes (1 MiB)",
		       "split it into drop-ins");
}

static void total_bytes_are_bounded(void **state)
{
	struct fixture *f = *state;
	if (pf_scale_skipped(__func__))
		skip();
	/* The main file and 7 drop-ins of 1 MiB: 8 MiB, the limit. */
	write_main_sized(f, PNS_POLICY_FILE_MAX);
	struct text t;
	text_open(&t);
	text_pad(&t, PNS_POLICY_FILE_MAX);
	char *full = text_close(&t);
	for (int i = 1; i < PNS_POLICY_TOTAL_MAX / PNS_POLICY_FILE_MAX; i++) {
		char name[32];
		snprintf(name, sizeof(name), "%02d.conf", i);
		write_dropin(f, name, 0644, full);
	}
	free(full);
	pns_policy_free(expect_loads(f->main));
	/* One byte more, in a drop-in after them: said there, once. */
	write_dropin(f, "99.conf", 0644, "\n");
	write_dropin(f, "99z.conf", 0644, "\n");
	expect_refused(f->main, getuid(), false, "pam_ns.d/99.conf: the policy's files hold more than "
		       "8388608 bytes (8 MiB) in all", NULL);
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), false, &pol, &d), -1);
	assert_int_equal(d.msgs.n, 1);
	pns_diag_free(&d);
}

static void dropins_are_bounded(void **state)
{
	struct fixture *f = *state;
	write_main(f, 0644, "");
	for (int i = 0; i < PNS_POLICY_DROPINS_MAX; i++) {
		char name[32];
		snprintf(name, sizeof(name), "%04d.conf", i);
		write_dropin(f, name, 0644, "rules = ( { users = [\"a\"]; action = \"none\"; } );\n");
	}
	struct pns_policy *pol = expect_loads(f->main);
	assert_int_equal(pol->nrules, PNS_POLICY_DROPINS_MAX);
	pns_policy_free(pol);
	write_dropin(f, "more.conf", 0644, "");
	expect_refused(f->main, getuid(), false, "pam_ns.d: the drop-in directory holds more than 1000 "
		       "drop-ins", "none is read");
}

/* `n` rules of one user each, `per_file` to a drop-in (NN-rules.conf);
 * `compact`: all for user "a", in as few bytes as can be. */
static void write_rules(struct fixture *f, size_t n, size_t per_file, bool compact)
{
	for (size_t k = 0; k * per_file < n; k++) {
		struct text t;
		text_open(&t);
		fputs("rules = (\n", t.f);
		for (size_t i = k * per_file; i < n && i < (k + 1) * per_file; i++)
			compact ? fprintf(t.f, "%s{users=\"a\";action=\"none\";}\n", i > k * per_file ? "," : "")
				: fprintf(t.f, "%s{ users = [\"u%zx\"]; action = \"none\"; }\n",
					  i > k * per_file ? "," : "", i);
		fputs(");\n", t.f);
		char name[32];
		snprintf(name, sizeof(name), "%02zu-rules.conf", k);
		write_dropin(f, name, 0644, text_close(&t));
		free(t.s);
	}
}

static void rules_are_bounded(void **state)
{
	struct fixture *f = *state;
	if (pf_scale_skipped(__func__))
		skip();
	write_main(f, 0644, "");
	write_rules(f, PNS_POLICY_RULES_MAX, 20000, false);
	struct pns_policy *pol = expect_loads(f->main);
	assert_int_equal(pol->nrules, PNS_POLICY_RULES_MAX);
	pns_policy_free(pol);
	/* One more, in the last file, at its line. */
	write_rules(f, PNS_POLICY_RULES_MAX + 1, 20000, false);
	expect_refused(f->main, getuid(), false, "pam_ns.d/05-rules.conf:2: this rule is one more than "
		       "the 100000 rules", NULL);
}

/* `n` sets, 1000 to a drop-in (NN-sets.conf), each joined by a rule. */
static void write_sets(struct fixture *f, size_t n)
{
	for (size_t k = 0; k * 1000 < n; k++) {
		struct text t;
		text_open(&t);
		fputs("namespaces = {\n", t.f);
		for (size_t i = k * 1000; i < n && i < (k + 1) * 1000; i++)
			fprintf(t.f, " s%zx = { types = [\"uts\"]; per = \"user\"; };\n", i);
		fputs("};\nrules = (\n", t.f);
		for (size_t i = k * 1000; i < n && i < (k + 1) * 1000; i++)
			fprintf(t.f, "%s{ users = [\"u%zx\"]; join = \"s%zx\"; }\n", i > k * 1000 ? "," : "",
				i, n - 1 - i);
		fputs(");\n", t.f);
		char name[32];
		snprintf(name, sizeof(name), "%02zu-sets.conf", k);
		write_dropin(f, name, 0644, text_close(&t));
		free(t.s);
	}
}

static void sets_are_bounded(void **state)
{
	struct fixture *f = *state;
	if (pf_scale_skipped(__func__))
		skip();
	write_main(f, 0644, "");
	write_sets(f, PNS_POLICY_SETS_MAX);
	struct pns_policy *pol = expect_loads(f->main);
	assert_int_equal(pol->nsets, PNS_POLICY_SETS_MAX);
	/* Every join resolved to its own set, across files. */
	for (size_t i = 0; i < pol->nrules; i++)
		assert_ptr_equal(pol->rules[i].join, &pol->sets[PNS_POLICY_SETS_MAX - 1 - i]);
	pns_policy_free(pol);
	write_dropin(f, "99-one-more.conf", 0644, "namespaces = {\n\n x = { types = [\"uts\"]; };\n};\n");
	expect_refused(f->main, getuid(), false, "pam_ns.d/99-one-more.conf:3: namespace set \"x\" is "
		       "one more than the 10000 sets", NULL);
}

/* A rule whose users list has `n` entries, the last `last` (NULL: its own). */
static void write_list(struct fixture *f, size_t n, const char *last)
{
	struct text t;
	text_open(&t);
	fprintf(t.f, V "pin_dir = \"%s\";\nrules = (\n { unshare = [\"uts\"];\n   users = [", f->pins);
	for (size_t i = 0; i + 1 < n; i++)
		fprintf(t.f, "\"%zx\",%s", i, i % 16 == 15 ? "\n" : "");
	if (last)
		fprintf(t.f, "\n\"%s\"", last);
	else
		fprintf(t.f, "\"%zx\"", n - 1);
	fputs("]; } );\n", t.f);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text_close(&t)));
	free(t.s);
}

static void list_entries_are_bounded(void **state)
{
	struct fixture *f = *state;
	if (pf_scale_skipped(__func__))
		skip();
	write_list(f, PNS_POLICY_LIST_MAX, NULL);
	struct pns_policy *pol = expect_loads(f->main);
	assert_int_equal(pol->rules[0].users.n, PNS_POLICY_LIST_MAX);
	assert_string_equal(pol->rules[0].users.v[PNS_POLICY_LIST_MAX - 1], "1869f");
	pns_policy_free(pol);
	/* A name repeated at the end of the longest list: found, at its line. */
	write_list(f, PNS_POLICY_LIST_MAX, "5");
	char where[64];
	snprintf(where, sizeof(where), "pam_ns.conf:%d: users lists \"5\" twice", 6 + (PNS_POLICY_LIST_MAX - 1) / 16);
	expect_refused(f->main, getuid(), false, where, NULL);
	write_list(f, PNS_POLICY_LIST_MAX + 1, NULL);
	expect_refused(f->main, getuid(), false, "pam_ns.conf:5: users has 100001 entries, more than the "
		       "100000", NULL);
}

/* The cases that took 40 s to 15 minutes: each refused now, at once. */
static void oversized_policies_of_the_issue_are_refused(void **state)
{
	struct fixture *f = *state;
	if (pf_scale_skipped(__func__))
		skip();
	write_list(f, 130000, NULL);
	expect_refused(f->main, getuid(), false, "users has 130000 entries", NULL);
	/* 40,000 sets in one group. */
	struct text t;
	text_open(&t);
	fprintf(t.f, V "pin_dir = \"%s\";\nnamespaces = {\n", f->pins);
	for (int i = 0; i < 40000; i++)
		fprintf(t.f, "s%x={types=[\"uts\"];};\n", i);
	fputs("};\n", t.f);
	free(pf_write(f->dir, "pam_ns.conf", 0644, text_close(&t)));
	free(t.s);
	expect_refused(f->main, getuid(), false, "pam_ns.conf:3: this group holds more than 1000 settings",
		       NULL);
	/* 1,000,000 rules over 34 drop-ins. */
	write_main(f, 0644, "");
	write_rules(f, 1000000, 1000000 / 34 + 1, true);
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	assert_int_equal(load(f->main, getuid(), false, &pol, &d), -1);
	/* Each limit once: the rules in 03, the bytes in 10 (1 MiB - 16 each). */
	assert_int_equal(d.msgs.n, 2);
	assert_non_null(strstr(d.msgs.v[0], "/03-rules.conf:"));
	assert_non_null(strstr(d.msgs.v[0], "this rule is one more than the 100000 rules"));
	assert_non_null(strstr(d.msgs.v[1], "/10-rules.conf: the policy's files hold more than 8388608 bytes"));
	pns_diag_free(&d);
}

/* Group patterns, in all the rules of every file: exactly the limit
 * loads; one more is refused at the rule that passes it (a drop-in's). */
static void group_patterns_are_bounded(void **state)
{
	struct fixture *f = *state;
	char *text = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&text, &len);
	fprintf(m, "rules = (\n");
	for (int i = 0; i < PNS_POLICY_GROUP_PATTERNS_MAX - 1; i++)
		fprintf(m, "  { groups = [\"g%d-*\", \"lit%d\"]; action = \"none\"; },\n", i, i);
	fprintf(m, "  { users = [\"a\"]; action = \"none\"; }\n);\n");
	fclose(m);
	write_main(f, 0644, text);
	free(text);
	write_dropin(f, "10-last.conf", 0644,
		     "rules = ( { not_groups = [\"x[0-9]\"]; action = \"none\"; } );\n");
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	int r = load(f->main, getuid(), false, &pol, &d);
	for (size_t i = 0; i < d.msgs.n; i++)
		print_error("%s\n", d.msgs.v[i]);
	assert_int_equal(r, 0);
	pns_policy_free(pol);
	write_dropin(f, "20-more.conf", 0644,
		     "\nrules = ( { groups = [\"y?\"]; action = \"none\"; } );\n");
	expect_refused(f->main, getuid(), false, "/pam_ns.d/20-more.conf:2: this rule's group patterns make "
		       "more than the 256 patterns", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(loads_main_and_sorted_dropins, setup, teardown),
		cmocka_unit_test_setup_teardown(group_patterns_are_bounded, setup, teardown),
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
		cmocka_unit_test_setup_teardown(file_of_exactly_the_limit_loads, setup, teardown),
		cmocka_unit_test_setup_teardown(total_bytes_are_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(dropins_are_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(rules_are_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(sets_are_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(list_entries_are_bounded, setup, teardown),
		cmocka_unit_test_setup_teardown(oversized_policies_of_the_issue_are_refused, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
