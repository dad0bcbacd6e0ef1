/* Snapshots of the policy (policy_snap.c, policy_load.c): a snapshot loads
 * equal to the parsed policy; any change to the files, their trust or the
 * snapshot itself makes the load parse again and see the change. */
#include <fcntl.h>
#include <glob.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "policy/policy_int.h"
#include "policy_files.h"

#define V "version = 1;\n"
#define RULE(u) "rules = ( { users = [\"" u "\"]; services = [\"sshd\", \"su\"]; unshare = [\"uts\"]; } );\n"

/* ---- the same policy, field by field ---- */

static void same_str(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

static void same_list(const struct pns_strlist *a, const struct pns_strlist *b)
{
	assert_int_equal(a->n, b->n);
	for (size_t i = 0; i < a->n; i++)
		assert_string_equal(a->v[i], b->v[i]);
	if (a->v)
		assert_null(a->v[a->n]);
	assert_true(!a->v == !b->v);
}

static void same_setup(const struct pns_setup *a, const struct pns_setup *b)
{
	same_str(a->hostname, b->hostname);
	assert_int_equal(a->propagation, b->propagation);
	assert_int_equal(a->proc, b->proc);
	assert_int_equal(a->tmp_private, b->tmp_private);
	same_str(a->tmp_size, b->tmp_size);
	assert_int_equal(a->loopback, b->loopback);
	same_str(a->netns, b->netns);
}

/* A file pointer is one of its policy's files, and the same name. */
static void same_file(const struct pns_policy *pa, const char *a, const struct pns_policy *pb, const char *b)
{
	same_str(a, b);
	bool found = false;
	for (size_t i = 0; i < pa->files.n; i++)
		found |= pa->files.v[i] == a;
	assert_true(found);
	(void)pb;
}

static void same_policy(const struct pns_policy *a, const struct pns_policy *b)
{
	same_str(a->pin_dir, b->pin_dir);
	assert_int_equal(a->on_error, b->on_error);
	same_list(&a->files, &b->files);
	assert_int_equal(a->nsets, b->nsets);
	for (size_t i = 0; i < a->nsets; i++) {
		const struct pns_set *x = &a->sets[i], *y = &b->sets[i];
		same_str(x->name, y->name);
		same_file(a, x->file, b, y->file);
		assert_int_equal(x->line, y->line);
		assert_int_equal(x->types, y->types);
		assert_int_equal(x->per, y->per);
		same_list(&x->group_from, &y->group_from);
		for (int t = 0; t < PNS_NTYPES; t++) {
			same_str(x->paths[t], y->paths[t]);
			assert_int_equal(x->path_lines[t], y->path_lines[t]);
		}
		assert_int_equal(x->external, y->external);
		assert_int_equal(x->ip_netns, y->ip_netns);
		same_setup(&x->setup, &y->setup);
		assert_memory_equal(&x->uplink, &y->uplink, sizeof(x->uplink));
		same_str(x->hooks.create, y->hooks.create);
		same_str(x->hooks.delete_, y->hooks.delete_);
		assert_int_equal(x->hooks.timeout_s, y->hooks.timeout_s);
		assert_int_equal(x->hooks.line, y->hooks.line);
	}
	assert_int_equal(a->nrules, b->nrules);
	for (size_t i = 0; i < a->nrules; i++) {
		const struct pns_rule *x = &a->rules[i], *y = &b->rules[i];
		same_file(a, x->file, b, y->file);
		assert_int_equal(x->line, y->line);
		same_list(&x->users, &y->users);
		same_list(&x->not_users, &y->not_users);
		same_list(&x->groups, &y->groups);
		same_list(&x->not_groups, &y->not_groups);
		same_list(&x->services, &y->services);
		same_list(&x->not_services, &y->not_services);
		same_list(&x->rhosts, &y->rhosts);
		same_list(&x->not_rhosts, &y->not_rhosts);
		same_list(&x->ttys, &y->ttys);
		same_list(&x->not_ttys, &y->not_ttys);
		assert_int_equal(x->none, y->none);
		assert_int_equal(x->unshare, y->unshare);
		same_str(x->join_name, y->join_name);
		/* The same set, by position, and a set of this policy. */
		assert_true(!x->join == !y->join);
		if (x->join)
			assert_int_equal(x->join - a->sets, y->join - b->sets);
		assert_int_equal(x->create, y->create);
		same_setup(&x->setup, &y->setup);
		assert_int_equal(x->user_manager, y->user_manager);
		assert_int_equal(x->hide_user_manager, y->hide_user_manager);
	}
}

/* ---- round trips ---- */

/* A block as pns_snap_decode takes it: a private writable mapping. */
static void *mapped(const void *buf, size_t size)
{
	void *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(m != MAP_FAILED);
	memcpy(m, buf, size);
	return m;
}

/* A policy from text in a temporary directory, loaded (it must be valid)
 * and, when buf is given, encoded. */
struct text_policy {
	char *dir, *path;
	struct pns_policy *pol;
	void *buf;
	size_t size;
};

static void text_policy(struct text_policy *t, const char *text, const struct pns_load_opts *o, bool encode)
{
	*t = (struct text_policy){ .dir = pf_mkdtemp() };
	t->path = pf_write(t->dir, "p.conf", 0644, text);
	struct pns_diag d = { 0 };
	int r = pns_policy_load(t->path, o, &t->pol, &d);
	for (size_t i = 0; i < d.msgs.n; i++)
		print_error("%s\n", d.msgs.v[i]);
	assert_int_equal(r, 0);
	pns_diag_free(&d);
	struct pns_sources src = { 0 };
	struct pns_err e = { 0 };
	if (encode)
		assert_int_equal(pns_snap_encode(t->pol, t->path, o, &src, &t->buf, &t->size, &e), 0);
}

static void text_policy_free(struct text_policy *t)
{
	free(t->buf);
	pns_policy_free(t->pol);
	pf_rmtree(t->dir);
	free(t->dir);
	free(t->path);
}

static void round_trip(const char *path, const struct pns_load_opts *o, const struct pns_policy *pol)
{
	struct pns_sources src = { 0 };
	void *buf = NULL;
	size_t size = 0;
	struct pns_err e = { 0 };
	assert_int_equal(pns_snap_encode(pol, path, o, &src, &buf, &size, &e), 0);
	struct pns_policy *back = NULL;
	struct pns_sources got;
	void *map = mapped(buf, size);
	free(buf);
	if (pns_snap_decode(map, size, path, o, &back, &got, &e) < 0)
		fail_msg("%s: %s", path, e.msg);
	pns_snap_sources_free(&got);
	assert_ptr_equal(back->snapshot, map);
	same_policy(back, pol);
	/* Another path, or other trust options: not this snapshot. */
	void *buf2 = NULL;
	assert_int_equal(pns_snap_encode(pol, path, o, &src, &buf2, &size, &e), 0);
	struct pns_load_opts other = *o;
	other.trusted_uid++;
	assert_int_equal(pns_snap_decode(buf2, size, path, &other, &back, &got, &e), -1);
	assert_int_equal(pns_snap_decode(buf2, size, "/etc/other.conf", o, &back, &got, &e), -1);
	free(buf2);
	pns_policy_free(back);
}

static void every_shipped_policy_round_trips(void **state)
{
	(void)state;
	glob_t g;
	assert_int_equal(glob("config/examples/*.conf", 0, NULL, &g), 0);
	assert_int_equal(glob("config/pam_ns.conf", GLOB_APPEND, NULL, &g), 0);
	assert_true(g.gl_pathc >= 6);
	struct pns_load_opts o = { .skip_trust = true };
	for (size_t i = 0; i < g.gl_pathc; i++) {
		struct pns_policy *pol = NULL;
		struct pns_diag d = { 0 };
		assert_int_equal(pns_policy_load(g.gl_pathv[i], &o, &pol, &d), 0);
		round_trip(g.gl_pathv[i], &o, pol);
		pns_policy_free(pol);
		pns_diag_free(&d);
	}
	globfree(&g);
}

/* Every kind of field, in one policy parsed from a string. */
static const char rich[] =
	V "pin_dir = \"/run/x\";\non_error = \"allow\";\n"
	"namespaces = {\n"
	"  lab = { types = [\"net\", \"uts\"]; per = \"group\"; group_from = [\"a\", \"b\"];\n"
	"          hostname = \"lab-%g\"; loopback = true; ip_netns = true;\n"
	"          uplink = { bridge = \"br0\"; address = \"10.1.0.2/24\"; gateway = \"10.1.0.1\"; isolated = true; };\n"
	"          hooks = { create = \"/usr/bin/true\"; delete = \"/usr/bin/false\"; timeout = 3; }; };\n"
	"  ext = { types = [\"net\"]; paths = { net = \"/run/netns/x\"; }; };\n"
	"};\n"
	"rules = (\n"
	"  { users = [\"root\"]; action = \"none\"; },\n"
	"  { groups = [\"a\", \"b\"]; not_users = [\"c\"]; services = [\"sshd\"]; not_services = [\"su\"];\n"
	"    rhosts = [\"10.0.0.1\"]; not_rhosts = [\"10.0.0.2\"]; ttys = [\"pts/1\"]; not_ttys = [\"tty1\"];\n"
	"    not_groups = [\"z\"]; join = \"lab\"; create = true; unshare = [\"pid\", \"ipc\", \"mnt\"]; proc = true;\n"
	"    tmp = \"private\"; tmp_size = \"64M\"; propagation = \"private\";\n"
	"    user_manager = \"hidden\"; },\n"
	"  { users = [\"e\"]; join = \"ext\"; user_manager = \"reachable\"; }\n"
	");\n";

static void every_field_round_trips(void **state)
{
	(void)state;
	struct pns_load_opts o = { .skip_trust = true };
	struct text_policy t;
	text_policy(&t, rich, &o, false);
	assert_int_equal(t.pol->nsets, 2);
	assert_true(t.pol->sets[0].uplink.on);
	assert_non_null(t.pol->sets[0].hooks.create);
	assert_non_null(t.pol->rules[1].join);
	round_trip(t.path, &o, t.pol);
	text_policy_free(&t);
}

/* Every bit of a block matters: a flip anywhere is refused, never half
 * read (the checksum covers the body, the header is compared). */
static void every_flipped_byte_is_refused(void **state)
{
	(void)state;
	struct pns_load_opts o = { .skip_trust = true };
	struct text_policy t;
	text_policy(&t, rich, &o, true);
	struct pns_err e = { 0 };
	unsigned char *copy = mapped(t.buf, t.size);
	for (size_t i = 0; i < t.size; i += 1 + i / 64) {
		memcpy(copy, t.buf, t.size);
		copy[i] ^= 0x10;
		struct pns_policy *back = NULL;
		struct pns_sources got;
		if (pns_snap_decode(copy, t.size, t.path, &o, &back, &got, &e) == 0)
			fail_msg("a flip at byte %zu of %zu went unnoticed", i, t.size);
	}
	for (size_t cut = 0; cut < t.size; cut += 1 + cut / 8) {
		struct pns_policy *back = NULL;
		struct pns_sources got;
		memcpy(copy, t.buf, t.size);
		assert_int_equal(pns_snap_decode(copy, cut, t.path, &o, &back, &got, &e), -1);
	}
	munmap(copy, t.size);
	text_policy_free(&t);
}

/* ---- one user's rules ---- */

/* Rules for some users by name, some for anyone: the index holds the
 * first kind, every user gets the second. */
static const char by_user[] =
	V "namespaces = { lab = { types = [\"uts\"]; }; };\n"
	"rules = (\n"
	"  { users = [\"alice\"]; unshare = [\"uts\"]; },\n"
	"  { users = [\"bob\", \"carol\"]; join = \"lab\"; },\n"
	"  { groups = [\"g\"]; unshare = [\"uts\"]; },\n"
	"  { users = [\"al*\"]; unshare = [\"uts\"]; },\n"
	"  { users = [\"carol\", \"alice\"]; services = [\"su\"]; unshare = [\"uts\"]; },\n"
	"  { not_users = [\"alice\"]; unshare = [\"ipc\"]; user_manager = \"reachable\"; },\n"
	"  { users = [\"DOM\\\\bob\"]; unshare = [\"uts\"]; },\n"
	"  { services = [\"sshd\"]; action = \"none\"; }\n"
	");\n";

/* pol with only the rules a login of `user` may match, worked out here
 * without the index: a rule is left out when its users are all literal
 * names and none is `user`.  Free the result's rules array only. */
static struct pns_policy only_for(const struct pns_policy *pol, const char *user)
{
	struct pns_policy v = *pol;
	v.rules = calloc(pol->nrules + 1, sizeof(*v.rules));
	v.nrules = 0;
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_rule *r = &pol->rules[i];
		bool literal = r->users.n > 0, named = false;
		for (size_t k = 0; k < r->users.n; k++) {
			literal &= !strpbrk(r->users.v[k], "*?[");
			named |= !strcmp(r->users.v[k], user);
		}
		if (!literal || named)
			v.rules[v.nrules++] = *r;
	}
	return v;
}

static const char *const some_users[] = { "alice", "bob", "carol", "DOM\\bob", "zed", "al", "" };

static void for_user_gives_the_rules_that_may_match(void **state)
{
	(void)state;
	struct pns_load_opts o = { .skip_trust = true };
	struct text_policy t;
	text_policy(&t, by_user, &o, true);
	assert_int_equal(t.pol->nrules, 8);
	struct pns_err e = { 0 };
	size_t total = 0;
	for (size_t u = 0; u < PNS_ARRAY_SIZE(some_users); u++) {
		struct pns_load_opts ou = o;
		ou.for_user = some_users[u];
		struct pns_policy want = only_for(t.pol, some_users[u]), *back = NULL;
		struct pns_sources got;
		void *map = mapped(t.buf, t.size);
		if (pns_snap_decode(map, t.size, t.path, &ou, &back, &got, &e) < 0)
			fail_msg("%s: %s", some_users[u], e.msg);
		pns_snap_sources_free(&got);
		same_policy(&want, back);
		total += back->nrules;
		free(want.rules);
		pns_policy_free(back);
	}
	/* alice 6 (not bob's and carol's, not DOM\bob's), bob 5,
	 * carol 6, DOM\bob 5, zed 4, al 4, "" 4: the index left rules out. */
	assert_int_equal(total, 6 + 5 + 6 + 5 + 4 + 4 + 4);
	text_policy_free(&t);
}

/* A login reads only part of the block: a flip anywhere is refused when
 * that part is read, and changes nothing when it is not.  Never another
 * rule, never one missing. */
static void for_user_never_reads_damage(void **state)
{
	(void)state;
	struct pns_load_opts o = { .skip_trust = true, .for_user = "carol" };
	struct text_policy t;
	text_policy(&t, by_user, &o, true);
	struct pns_err e = { 0 };
	struct pns_policy want = only_for(t.pol, "carol");
	unsigned char *copy = mapped(t.buf, t.size);
	size_t refused = 0, read = 0;
	for (size_t i = 0; i < t.size; i++) {
		memcpy(copy, t.buf, t.size);
		copy[i] ^= 0x10;
		struct pns_policy *back = NULL;
		struct pns_sources got;
		if (pns_snap_decode(copy, t.size, t.path, &o, &back, &got, &e) < 0) {
			refused++;
			continue;
		}
		read++;
		pns_snap_sources_free(&got);
		same_policy(&want, back);
		free(back->rules);	/* the mapping is copy's, reused */
	}
	/* Both happen: the candidates' parts are read, others' are not. */
	assert_true(refused > t.size / 2);
	assert_true(read > 0);
	munmap(copy, t.size);
	free(want.rules);
	text_policy_free(&t);
}

/* ---- on disk: current, stale, damaged ---- */

struct fixture {
	char *dir, *main, *dropins, *snaps;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	f->dir = pf_mkdtemp();
	assert_true(asprintf(&f->main, "%s/pam_ns.conf", f->dir) > 0);
	assert_true(asprintf(&f->dropins, "%s/pam_ns.d", f->dir) > 0);
	assert_true(asprintf(&f->snaps, "%s/snap", f->dir) > 0);
	free(pf_write(f->dir, "pam_ns.conf", 0644, V RULE("main")));
	assert_int_equal(mkdir(f->dropins, 0755), 0);
	free(pf_write(f->dropins, "10-a.conf", 0644, RULE("a")));
	free(pf_write(f->dropins, "20-b.conf", 0644, RULE("b")));
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
	free(f->snaps);
	free(f);
	return 0;
}

/* Load with snapshots in f->snaps; *from_snap: whether one was used. */
static int load(struct fixture *f, bool settle, struct pns_policy **pol, struct pns_diag *d, bool *from_snap,
		struct pns_err *snap_e)
{
	struct pns_load_opts o = { .trusted_uid = getuid(), .snapshot_dir = f->snaps,
				   .snapshot_no_settle = !settle, .snapshot_err = snap_e };
	*pol = NULL;
	int r = pns_policy_load(f->main, &o, pol, d);
	*from_snap = r == 0 && (*pol)->snapshot;
	return r;
}

/* The users of each rule, "main,a,b", after a load that must succeed;
 * from_snap says whether the snapshot was used. */
static char *users(struct fixture *f, bool *from_snap)
{
	struct pns_policy *pol, *parsed = NULL;
	struct pns_diag d = { 0 };
	struct pns_err e = { 0 };
	int r = load(f, false, &pol, &d, from_snap, &e);
	for (size_t i = 0; i < d.msgs.n; i++)
		print_error("%s\n", d.msgs.v[i]);
	assert_int_equal(r, 0);
	if (e.msg[0])
		fail_msg("snapshot: %s", e.msg);
	/* And it is what a parse without snapshot gives. */
	struct pns_load_opts plain = { .trusted_uid = getuid() };
	assert_int_equal(pns_policy_load(f->main, &plain, &parsed, &d), 0);
	same_policy(pol, parsed);
	pns_policy_free(parsed);
	char *out = calloc(1, 256);
	for (size_t i = 0; i < pol->nrules; i++)
		snprintf(out + strlen(out), 256 - strlen(out), "%s%s", i ? "," : "", pol->rules[i].users.v[0]);
	pns_policy_free(pol);
	pns_diag_free(&d);
	return out;
}

/* The one snapshot file in f->snaps (caller frees), or NULL. */
static char *snap_file(struct fixture *f)
{
	char *pat = NULL, *out = NULL;
	glob_t g;
	assert_true(asprintf(&pat, "%s/*.snap", f->snaps) > 0);
	if (glob(pat, 0, NULL, &g) == 0) {
		assert_int_equal(g.gl_pathc, 1);
		out = strdup(g.gl_pathv[0]);
		globfree(&g);
	}
	free(pat);
	return out;
}

/* Expect users == want, however read, and then from a snapshot. */
static void expect_users(struct fixture *f, const char *want)
{
	bool snap;
	char *u = users(f, &snap);
	assert_string_equal(u, want);
	free(u);
	u = users(f, &snap);
	assert_string_equal(u, want);
	assert_true(snap);
	free(u);
}

/* Expect users == want, read by parsing (the snapshot was not used), and
 * then from a fresh snapshot on the next load. */
static void expect_reparsed(struct fixture *f, const char *want)
{
	bool snap = true;
	char *u = users(f, &snap);
	assert_string_equal(u, want);
	assert_false(snap);
	free(u);
	u = users(f, &snap);
	assert_string_equal(u, want);
	assert_true(snap);
	free(u);
}

static void made_then_used(void **state)
{
	struct fixture *f = *state;
	expect_reparsed(f, "main,a,b");
	char *file = snap_file(f);
	assert_non_null(file);
	struct stat st;
	assert_int_equal(stat(f->snaps, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(stat(file, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	free(file);
}

/* Fresh files are not snapshotted: a second change within the
 * filesystem's timestamp granularity could go unseen. */
static void recent_change_is_not_snapshotted(void **state)
{
	struct fixture *f = *state;
	struct pns_policy *pol;
	struct pns_diag d = { 0 };
	bool snap;
	assert_int_equal(load(f, true, &pol, &d, &snap, NULL), 0);
	pns_policy_free(pol);
	char *file = snap_file(f);
	assert_null(file);
}

static void set_mtime(const char *path, time_t t)
{
	struct timespec ts[2] = { { .tv_sec = t }, { .tv_sec = t } };
	assert_int_equal(utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW), 0);
}

static void touched_file_is_reparsed(void **state)
{
	struct fixture *f = *state;
	expect_reparsed(f, "main,a,b");
	set_mtime(f->main, 1000000);
	expect_reparsed(f, "main,a,b");
	char *p = NULL;
	assert_true(asprintf(&p, "%s/20-b.conf", f->dropins) > 0);
	set_mtime(p, 1000000);
	free(p);
	expect_reparsed(f, "main,a,b");
}

/* Same size, mtime put back: only ctime tells. */
static void same_size_edit_is_reparsed(void **state)
{
	struct fixture *f = *state;
	set_mtime(f->main, 1000000);
	expect_reparsed(f, "main,a,b");
	int fd = open(f->main, O_WRONLY);
	assert_true(fd >= 0);
	const char *text = V RULE("MAIN");
	assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
	close(fd);
	set_mtime(f->main, 1000000);
	expect_reparsed(f, "MAIN,a,b");
}

static void replaced_by_rename_is_reparsed(void **state)
{
	struct fixture *f = *state;
	expect_reparsed(f, "main,a,b");
	char *tmp = pf_write(f->dir, "new.conf", 0644, V RULE("new"));
	assert_int_equal(rename(tmp, f->main), 0);
	free(tmp);
	expect_reparsed(f, "new,a,b");
}

static void added_and_removed_dropins_are_reparsed(void **state)
{
	struct fixture *f = *state;
	expect_reparsed(f, "main,a,b");
	free(pf_write(f->dropins, "15-c.conf", 0644, RULE("c")));
	expect_reparsed(f, "main,a,c,b");
	char *p = NULL;
	assert_true(asprintf(&p, "%s/10-a.conf", f->dropins) > 0);
	assert_int_equal(unlink(p), 0);
	free(p);
	expect_reparsed(f, "main,c,b");
	/* A file that is not a drop-in changes nothing but the directory's
	 * times: parsed again, the same. */
	free(pf_write(f->dropins, "README", 0644, "x"));
	expect_reparsed(f, "main,c,b");
	/* The whole directory gone. */
	pf_rmtree(f->dropins);
	expect_reparsed(f, "main");
}

/* Expect the load to fail now (the snapshot notwithstanding) with a
 * message containing needle, as a load without snapshot does. */
static void expect_refused(struct fixture *f, const char *needle)
{
	struct pns_policy *pol;
	struct pns_diag d = { 0 };
	bool snap;
	assert_int_equal(load(f, false, &pol, &d, &snap, NULL), -1);
	bool found = false;
	for (size_t i = 0; i < d.msgs.n; i++)
		found |= strstr(d.msgs.v[i], needle) != NULL;
	if (!found) {
		for (size_t i = 0; i < d.msgs.n; i++)
			print_error("got: %s\n", d.msgs.v[i]);
		fail_msg("wanted a message with \"%s\"", needle);
	}
	pns_diag_free(&d);
}

static void untrusted_files_are_refused_despite_snapshot(void **state)
{
	struct fixture *f = *state;
	expect_reparsed(f, "main,a,b");
	assert_int_equal(chmod(f->main, 0664), 0);
	expect_refused(f, "writable");
	/* Back as it was (the ctime may even be the recorded one again,
	 * within a tick of the filesystem's clock: then nothing changed). */
	assert_int_equal(chmod(f->main, 0644), 0);
	expect_users(f, "main,a,b");
	assert_int_equal(chmod(f->dropins, 0775), 0);
	expect_refused(f, "writable");
	assert_int_equal(chmod(f->dropins, 0755), 0);
	expect_users(f, "main,a,b");
	assert_int_equal(chmod(f->dir, 0777), 0);
	expect_refused(f, "cannot be trusted");
	assert_int_equal(chmod(f->dir, 0755), 0);
	expect_users(f, "main,a,b");
}

static void planted_symlink_is_refused_despite_snapshot(void **state)
{
	struct fixture *f = *state;
	expect_reparsed(f, "main,a,b");
	/* The same content, through a link: still refused. */
	char *p = NULL, *q = NULL;
	assert_true(asprintf(&p, "%s/20-b.conf", f->dropins) > 0);
	assert_true(asprintf(&q, "%s/b.real", f->dir) > 0);
	assert_int_equal(rename(p, q), 0);
	assert_int_equal(symlink(q, p), 0);
	expect_refused(f, "symbolic link");
	free(p);
	free(q);
}

static void invalid_policy_is_never_snapshotted(void **state)
{
	struct fixture *f = *state;
	free(pf_write(f->dropins, "30-bad.conf", 0644, "rules = ( { users = [\"x\"]; unshare = [\"bogus\"]; } );\n"));
	expect_refused(f, "30-bad.conf:1:");
	char *file = snap_file(f);
	assert_null(file);
}

/* Damage of every kind: the snapshot is ignored, the policy parsed, and
 * the snapshot made anew. */
static void damaged_snapshot_is_ignored(void **state)
{
	struct fixture *f = *state;
	expect_reparsed(f, "main,a,b");
	char *file = snap_file(f);
	struct stat st;
	assert_int_equal(stat(file, &st), 0);
	/* Cut. */
	assert_int_equal(truncate(file, st.st_size - 1), 0);
	expect_reparsed(f, "main,a,b");
	/* A bit flipped in the middle. */
	int fd = open(file, O_RDWR);
	assert_true(fd >= 0);
	unsigned char c;
	assert_int_equal(pread(fd, &c, 1, st.st_size / 2), 1);
	c ^= 4;
	assert_int_equal(pwrite(fd, &c, 1, st.st_size / 2), 1);
	close(fd);
	expect_reparsed(f, "main,a,b");
	/* Readable by others, then the directory. */
	assert_int_equal(chmod(file, 0644), 0);
	expect_reparsed(f, "main,a,b");
	assert_int_equal(chmod(f->snaps, 0755), 0);
	bool snap = true;
	struct pns_policy *pol;
	struct pns_diag d = { 0 };
	struct pns_err e = { 0 };
	assert_int_equal(load(f, false, &pol, &d, &snap, &e), 0);
	assert_false(snap);
	pns_policy_free(pol);
	/* ... and is not written there either (said, never an error). */
	assert_non_null(strstr(e.msg, "not private"));
	/* Private again: the snapshot there is current again. */
	assert_int_equal(chmod(f->snaps, 0700), 0);
	expect_users(f, "main,a,b");
	/* Another owner. */
	if (getuid() == 0) {
		assert_int_equal(chown(file, 4242, 4242), 0);
		expect_reparsed(f, "main,a,b");
	}
	/* A link in its place. */
	char *real = NULL;
	assert_true(asprintf(&real, "%s.real", file) > 0);
	assert_int_equal(rename(file, real), 0);
	assert_int_equal(symlink(real, file), 0);
	snap = true;
	assert_int_equal(load(f, false, &pol, &d, &snap, NULL), 0);
	assert_false(snap);
	pns_policy_free(pol);
	free(real);
	free(file);
}

/* A snapshot that cannot be written costs nothing but the message. */
static void unwritable_snapshot_does_not_fail_the_load(void **state)
{
	struct fixture *f = *state;
	free(f->snaps);
	assert_true(asprintf(&f->snaps, "%s/missing/snap", f->dir) > 0);
	struct pns_policy *pol;
	struct pns_diag d = { 0 };
	struct pns_err e = { 0 };
	bool snap;
	assert_int_equal(load(f, false, &pol, &d, &snap, &e), 0);
	assert_int_equal(pol->nrules, 3);
	assert_non_null(strstr(e.msg, "missing"));
	pns_policy_free(pol);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_shipped_policy_round_trips),
		cmocka_unit_test(every_field_round_trips),
		cmocka_unit_test(every_flipped_byte_is_refused),
		cmocka_unit_test(for_user_gives_the_rules_that_may_match),
		cmocka_unit_test(for_user_never_reads_damage),
		cmocka_unit_test_setup_teardown(made_then_used, setup, teardown),
		cmocka_unit_test_setup_teardown(recent_change_is_not_snapshotted, setup, teardown),
		cmocka_unit_test_setup_teardown(touched_file_is_reparsed, setup, teardown),
		cmocka_unit_test_setup_teardown(same_size_edit_is_reparsed, setup, teardown),
		cmocka_unit_test_setup_teardown(replaced_by_rename_is_reparsed, setup, teardown),
		cmocka_unit_test_setup_teardown(added_and_removed_dropins_are_reparsed, setup, teardown),
		cmocka_unit_test_setup_teardown(untrusted_files_are_refused_despite_snapshot, setup, teardown),
		cmocka_unit_test_setup_teardown(planted_symlink_is_refused_despite_snapshot, setup, teardown),
		cmocka_unit_test_setup_teardown(invalid_policy_is_never_snapshotted, setup, teardown),
		cmocka_unit_test_setup_teardown(damaged_snapshot_is_ignored, setup, teardown),
		cmocka_unit_test_setup_teardown(unwritable_snapshot_does_not_fail_the_load, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
