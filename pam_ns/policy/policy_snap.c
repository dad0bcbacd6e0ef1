/* Snapshots of the policy: the loaded, validated struct pns_policy as one
 * block with offsets where it has pointers, read back with one read into
 * one allocation and fixed up in place, so that a login pays O(size) and a
 * few syscalls instead of parsing every rule (policy_load.c decides when). */
#include "policy/policy_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdalign.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include "common/path.h"

/*
 * The block is this program's own structs, pointers replaced by offsets
 * from its start (0: NULL; the header is at 0, so no object is).  It is
 * read only by the build that wrote it: the version and the layout word
 * below refuse any other.  A field added to these structs must be added to
 * encode and decode here, and PNS_SNAP_VERSION bumped: the sizes asserted
 * here make the build fail until then.
 */
#define PNS_SNAP_VERSION 1
_Static_assert(sizeof(struct pns_policy) == 72 && sizeof(struct pns_set) == 280 &&
		       sizeof(struct pns_rule) == 256 && sizeof(struct pns_setup) == 40 &&
		       sizeof(struct pns_uplink) == 80 && sizeof(struct pns_hooks) == 24 &&
		       sizeof(struct pns_strlist) == 16 && PNS_NTYPES == 7,
	       "the policy's structs changed: update policy_snap.c (encode, decode) and PNS_SNAP_VERSION");
_Static_assert(alignof(struct pns_set) <= 8 && alignof(struct pns_rule) <= 8 &&
		       alignof(struct pns_policy) <= 8 && sizeof(char *) == 8,
	       "every object in a snapshot is 8-byte aligned");

static const char snap_magic[8] = "pam_ns\0S";

/* At offset 0. */
struct snap_head {
	char magic[8];
	uint32_t version, layout;
	uint64_t size;			/* the whole block, the file's size */
	uint64_t sum;			/* checksum of the block, this field 0 */
	/* The key: the snapshot is of this policy path, loaded with these
	 * trust options (they decide what loads). */
	uint64_t path;			/* offset of the path string */
	uint32_t trusted_uid, skip_trust;
	uint64_t policy;		/* offset of the struct pns_policy */
	/* The sources (struct pns_sources): */
	struct pns_src_stat main, dir;
	uint32_t has_dir, pad;
	uint64_t ndropins;
	uint64_t names;			/* offset of ndropins string offsets */
	uint64_t stats;			/* offset of ndropins pns_src_stat */
};

/* The biggest snapshot read (10,000 rules make about 4 MB). */
#define PNS_SNAP_MAX ((size_t)256 << 20)

static uint32_t layout_word(void)
{
	/* Sizes, the type count and the byte order: a block written by a
	 * build that differs in any of these is refused. */
	uint32_t h = 2166136261u;
	const uint32_t parts[] = { sizeof(struct pns_policy), sizeof(struct pns_set), sizeof(struct pns_rule),
				   sizeof(struct pns_setup), sizeof(struct pns_uplink),
				   sizeof(struct pns_hooks), PNS_NTYPES, 0x01020304u };
	for (size_t i = 0; i < PNS_ARRAY_SIZE(parts); i++)
		h = (h ^ parts[i]) * 16777619u;
	return h;
}

/* A 64-bit checksum at memory speed (xxHash64's rounds, four lanes of 8
 * bytes): catches a damaged or cut block.  Not a defence against a writer,
 * which would have to be root (see snap_dir). */
#define P1 0x9E3779B185EBCA87ull
#define P2 0xC2B2AE3D27D4EB4Full
#define P3 0x165667B19E3779F9ull
static inline uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}
static inline uint64_t lane(uint64_t h, const unsigned char *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return rotl(h + w * P2, 31) * P1;
}
static uint64_t checksum(const unsigned char *p, size_t n)
{
	uint64_t a = P1 + P2, b = P2, c = 0, d = -P1;
	size_t len = n;
	for (; n >= 32; n -= 32, p += 32) {
		a = lane(a, p);
		b = lane(b, p + 8);
		c = lane(c, p + 16);
		d = lane(d, p + 24);
	}
	uint64_t r = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18) + len;
	for (; n; n--, p++)
		r = rotl(r ^ (*p * P3), 11) * P1;
	r ^= r >> 33;
	r *= P2;
	r ^= r >> 29;
	r *= P3;
	return r ^ (r >> 32);
}

/* ---- encoding ---- */

struct wbuf {
	unsigned char *p;
	size_t len, cap;
	bool oom;
};

/* n zeroed bytes at an 8-byte boundary: their offset, 0 on ENOMEM. */
static uint64_t w_reserve(struct wbuf *w, size_t n)
{
	size_t at = (w->len + 7) & ~(size_t)7;
	if (w->oom || n > SIZE_MAX / 2 - at)
		return w->oom = true, 0;
	if (at + n > w->cap) {
		size_t cap = w->cap ? w->cap : 4096;
		while (cap < at + n)
			cap *= 2;
		unsigned char *p = realloc(w->p, cap);
		if (!p)
			return w->oom = true, 0;
		w->p = p;
		w->cap = cap;
	}
	memset(w->p + w->len, 0, at + n - w->len);
	w->len = at + n;
	return at;
}

static uint64_t w_str(struct wbuf *w, const char *s)
{
	if (!s)
		return 0;
	size_t n = strlen(s) + 1;
	uint64_t at = w_reserve(w, n);
	if (at)
		memcpy(w->p + at, s, n);
	return at;
}

/* A pointer field's value in the block: the offset. */
#define OFF(type, off) ((type)(uintptr_t)(off))

/* l's array (n strings and the NULL after them) into the block. */
static uint64_t w_strlist(struct wbuf *w, const struct pns_strlist *l)
{
	if (!l->v)
		return 0;
	uint64_t at = w_reserve(w, (l->n + 1) * sizeof(uint64_t));
	for (size_t i = 0; at && i < l->n; i++) {
		uint64_t s = w_str(w, l->v[i]);
		memcpy(w->p + at + 8 * i, &s, 8);
	}
	return at;
}

static void enc_list(struct wbuf *w, struct pns_strlist *d, const struct pns_strlist *s)
{
	d->v = OFF(char **, w_strlist(w, s));
}

static void enc_setup(struct wbuf *w, struct pns_setup *d, const struct pns_setup *s)
{
	d->hostname = OFF(char *, w_str(w, s->hostname));
	d->tmp_size = OFF(char *, w_str(w, s->tmp_size));
	d->netns = OFF(char *, w_str(w, s->netns));
}

/* A rule's or set's file: the same string as pol->files' (one copy, and
 * pointers stay equal, as after a parse). */
static uint64_t enc_file(struct wbuf *w, const struct pns_policy *pol, uint64_t files, const char *f)
{
	for (size_t i = 0; f && files && i < pol->files.n; i++)
		if (pol->files.v[i] == f) {
			uint64_t off;
			memcpy(&off, w->p + files + 8 * i, 8);
			return off;
		}
	return w_str(w, f);
}

int pns_snap_encode(const struct pns_policy *pol, const char *path, const struct pns_load_opts *opts,
		    const struct pns_sources *src, void **out, size_t *size, struct pns_err *e)
{
	struct wbuf w = { 0 };
	struct snap_head h = { .version = PNS_SNAP_VERSION, .layout = layout_word() };
	memcpy(h.magic, snap_magic, sizeof(h.magic));
	w_reserve(&w, sizeof(h));
	h.path = w_str(&w, path);
	h.trusted_uid = opts ? opts->trusted_uid : 0;
	h.skip_trust = opts && opts->skip_trust;
	h.main = src->main;
	h.dir = src->dir;
	h.has_dir = src->has_dir;
	h.ndropins = src->names.n;
	h.names = w_strlist(&w, &src->names);
	if (src->names.n && (h.stats = w_reserve(&w, src->names.n * sizeof(*src->dropins))))
		memcpy(w.p + h.stats, src->dropins, src->names.n * sizeof(*src->dropins));

	struct pns_policy p;
	memcpy(&p, pol, sizeof(p));
	p.snapshot = NULL;
	h.policy = w_reserve(&w, sizeof(p));
	p.pin_dir = OFF(char *, w_str(&w, pol->pin_dir));
	uint64_t files = w_strlist(&w, &pol->files);
	p.files.v = OFF(char **, files);
	uint64_t sets = pol->nsets ? w_reserve(&w, pol->nsets * sizeof(struct pns_set)) : 0;
	uint64_t rules = pol->nrules ? w_reserve(&w, pol->nrules * sizeof(struct pns_rule)) : 0;
	p.sets = OFF(struct pns_set *, sets);
	p.rules = OFF(struct pns_rule *, rules);
	for (size_t i = 0; i < pol->nsets && !w.oom; i++) {
		const struct pns_set *s = &pol->sets[i];
		struct pns_set d;
		memcpy(&d, s, sizeof(d));
		d.name = OFF(char *, w_str(&w, s->name));
		d.file = OFF(const char *, enc_file(&w, pol, files, s->file));
		enc_list(&w, &d.group_from, &s->group_from);
		for (int t = 0; t < PNS_NTYPES; t++)
			d.paths[t] = OFF(char *, w_str(&w, s->paths[t]));
		enc_setup(&w, &d.setup, &s->setup);
		d.hooks.create = OFF(char *, w_str(&w, s->hooks.create));
		d.hooks.delete_ = OFF(char *, w_str(&w, s->hooks.delete_));
		if (!w.oom)
			memcpy(w.p + sets + i * sizeof(d), &d, sizeof(d));
	}
	for (size_t i = 0; i < pol->nrules && !w.oom; i++) {
		const struct pns_rule *r = &pol->rules[i];
		struct pns_rule d;
		memcpy(&d, r, sizeof(d));
		d.file = OFF(const char *, enc_file(&w, pol, files, r->file));
		struct pns_strlist *dl[] = { &d.users, &d.not_users, &d.groups, &d.not_groups, &d.services,
					     &d.not_services, &d.rhosts, &d.not_rhosts, &d.ttys, &d.not_ttys };
		const struct pns_strlist *sl[] = { &r->users, &r->not_users, &r->groups, &r->not_groups,
						   &r->services, &r->not_services, &r->rhosts,
						   &r->not_rhosts, &r->ttys, &r->not_ttys };
		for (size_t k = 0; k < PNS_ARRAY_SIZE(dl); k++)
			enc_list(&w, dl[k], sl[k]);
		d.join_name = OFF(char *, w_str(&w, r->join_name));
		d.join = r->join ? OFF(const struct pns_set *, sets + (size_t)(r->join - pol->sets) * sizeof(struct pns_set))
				 : NULL;
		enc_setup(&w, &d.setup, &r->setup);
		if (!w.oom)
			memcpy(w.p + rules + i * sizeof(d), &d, sizeof(d));
	}
	if (!w.oom)
		memcpy(w.p + h.policy, &p, sizeof(p));
	w_reserve(&w, 1);	/* the last byte, a NUL: see fix_str */
	if (w.oom) {
		free(w.p);
		return pns_fail(e, ENOMEM, "cannot make the policy's snapshot");
	}
	h.size = w.len;
	memcpy(w.p, &h, sizeof(h));	/* sum 0 while summing */
	h.sum = checksum(w.p, w.len);
	memcpy(w.p, &h, sizeof(h));
	*out = w.p;
	*size = w.len;
	return 0;
}

/* ---- decoding: every offset checked, then made a pointer ---- */

struct rd {
	unsigned char *b;
	size_t size;
	bool bad;
	/* The structs fixed up in place (the policy, its sets, its rules):
	 * nothing else written during the fix-up may lie in them, or a
	 * crafted block could have one fix-up rewrite another's input. */
	struct { const unsigned char *at; size_t len; } structs[3];
};

/* Whether [p, p + len) overlaps none of r's structs. */
static bool apart(const struct rd *r, const void *p, size_t len)
{
	const unsigned char *a = p;
	for (size_t i = 0; i < PNS_ARRAY_SIZE(r->structs); i++) {
		const unsigned char *s = r->structs[i].at;
		if (s && a < s + r->structs[i].len && s < a + len)
			return false;
	}
	return true;
}

/* Any offset inside the block is a string ending inside it: the block's
 * last byte is a NUL (checked once in pns_snap_decode). */
static char *fix_str(struct rd *r, const void *v)
{
	uintptr_t off = (uintptr_t)v;
	if (!off)
		return NULL;
	if (off < sizeof(struct snap_head) || off >= r->size)
		return r->bad = true, NULL;
	return (char *)r->b + off;
}

/* n objects of elsize bytes at v's offset (8-aligned, inside the block). */
static void *fix_arr(struct rd *r, const void *v, size_t n, size_t elsize)
{
	uintptr_t off = (uintptr_t)v;
	if (!off) {
		r->bad |= n != 0;
		return NULL;
	}
	if (off % 8 || off < sizeof(struct snap_head) || off > r->size || n > (r->size - off) / elsize)
		return r->bad = true, NULL;
	return r->b + off;
}

static void fix_list(struct rd *r, struct pns_strlist *l)
{
	if (!l->v) {
		r->bad |= l->n != 0;
		return;
	}
	if (l->n >= SIZE_MAX / 8 || !(l->v = fix_arr(r, l->v, l->n + 1, sizeof(char *))) ||
	    !apart(r, l->v, (l->n + 1) * sizeof(char *)))
		return (void)(r->bad = true);
	for (size_t i = 0; i < l->n && !r->bad; i++)
		r->bad |= !(l->v[i] = fix_str(r, l->v[i]));
	r->bad |= l->v[l->n] != NULL;
}

/* A bool holds 0 or 1 (anything else is undefined behaviour to read). */
static void check_bools(struct rd *r, const bool *const v[], size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c;
		memcpy(&c, v[i], 1);
		r->bad |= c > 1;
	}
}

static void fix_setup(struct rd *r, struct pns_setup *s)
{
	s->hostname = fix_str(r, s->hostname);
	s->tmp_size = fix_str(r, s->tmp_size);
	s->netns = fix_str(r, s->netns);
	r->bad |= (unsigned)s->propagation > PNS_PROP_UNCHANGED;
	const bool *const b[] = { &s->proc, &s->tmp_private, &s->loopback };
	check_bools(r, b, PNS_ARRAY_SIZE(b));
}

static void fix_set(struct rd *r, struct pns_set *s)
{
	r->bad |= !(s->name = fix_str(r, s->name));
	r->bad |= !(s->file = fix_str(r, s->file));
	fix_list(r, &s->group_from);
	for (int t = 0; t < PNS_NTYPES; t++)
		s->paths[t] = fix_str(r, s->paths[t]);
	fix_setup(r, &s->setup);
	s->hooks.create = fix_str(r, s->hooks.create);
	s->hooks.delete_ = fix_str(r, s->hooks.delete_);
	r->bad |= (s->types & ~PNS_ALL_TYPES) || (unsigned)s->per > PNS_PER_GROUP;
	const struct pns_uplink *u = &s->uplink;
	r->bad |= !memchr(u->bridge, 0, sizeof(u->bridge)) || !memchr(u->inside, 0, sizeof(u->inside)) ||
		  (u->family != 0 && u->family != AF_INET && u->family != AF_INET6) || u->prefix > 128;
	const bool *const b[] = { &s->external, &s->ip_netns, &u->on, &u->gateway, &u->isolated };
	check_bools(r, b, PNS_ARRAY_SIZE(b));
}

static void fix_rule(struct rd *r, struct pns_rule *x, const struct pns_policy *pol, uintptr_t sets)
{
	r->bad |= !(x->file = fix_str(r, x->file));
	struct pns_strlist *l[] = { &x->users, &x->not_users, &x->groups, &x->not_groups, &x->services,
				    &x->not_services, &x->rhosts, &x->not_rhosts, &x->ttys, &x->not_ttys };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(l); k++)
		fix_list(r, l[k]);
	x->join_name = fix_str(r, x->join_name);
	/* join: exactly one of the sets, by its offset. */
	uintptr_t j = (uintptr_t)x->join;
	if (j) {
		size_t k = (j - sets) / sizeof(struct pns_set);
		if (j < sets || (j - sets) % sizeof(struct pns_set) || k >= pol->nsets)
			r->bad = true;
		else
			x->join = &pol->sets[k];
	}
	fix_setup(r, &x->setup);
	r->bad |= (x->unshare & ~PNS_ALL_TYPES) || (unsigned)x->user_manager > PNS_UM_REACHABLE;
	const bool *const b[] = { &x->none, &x->create, &x->hide_user_manager };
	check_bools(r, b, PNS_ARRAY_SIZE(b));
}

void pns_snap_sources_free(struct pns_sources *src)
{
	free(src->names.v);
	src->names = (struct pns_strlist){ 0 };
}

int pns_snap_decode(void *buf, size_t size, const char *path, const struct pns_load_opts *opts,
		    struct pns_policy **out, struct pns_sources *src, struct pns_err *e)
{
	struct snap_head h;
	if (size < sizeof(h))
		return pns_refuse(e, EINVAL, "the snapshot is too short");
	memcpy(&h, buf, sizeof(h));
	if (memcmp(h.magic, snap_magic, sizeof(h.magic)) || h.version != PNS_SNAP_VERSION ||
	    h.layout != layout_word())
		return pns_refuse(e, EINVAL, "the snapshot is of another format or build");
	if (h.size != size)
		return pns_refuse(e, EINVAL, "the snapshot is %zu bytes long, not %llu", size,
				  (unsigned long long)h.size);
	uint64_t zero = 0, sum = h.sum;
	memcpy((unsigned char *)buf + offsetof(struct snap_head, sum), &zero, sizeof(zero));
	bool sum_ok = checksum(buf, size) == sum;
	memcpy((unsigned char *)buf + offsetof(struct snap_head, sum), &sum, sizeof(sum));
	if (!sum_ok)
		return pns_refuse(e, EINVAL, "the snapshot's checksum is wrong");
	struct rd r = { .b = buf, .size = size };
	if (((unsigned char *)buf)[size - 1] != '\0')
		return pns_refuse(e, EINVAL, "the snapshot is damaged");
	const char *kpath = fix_str(&r, (void *)(uintptr_t)h.path);
	if (r.bad || !kpath || strcmp(kpath, path) || h.trusted_uid != (opts ? opts->trusted_uid : 0) ||
	    h.skip_trust != (opts && opts->skip_trust))
		return pns_refuse(e, EINVAL, "the snapshot is of another policy path or trust");

	/* The sources, read in place (the stats are plain numbers). */
	*src = (struct pns_sources){ .main = h.main, .dir = h.dir, .has_dir = h.has_dir != 0 };
	if (h.ndropins > size / 8)
		return pns_refuse(e, EINVAL, "the snapshot's list of drop-ins is damaged");
	uint64_t *names = fix_arr(&r, (void *)(uintptr_t)h.names, h.ndropins, 8);
	src->dropins = fix_arr(&r, (void *)(uintptr_t)h.stats, h.ndropins, sizeof(struct pns_src_stat));
	if (r.bad || (h.ndropins && !names))
		return pns_refuse(e, EINVAL, "the snapshot's list of drop-ins is damaged");
	if (h.ndropins && !(src->names.v = calloc(h.ndropins + 1, sizeof(char *))))
		return pns_fail(e, ENOMEM, "cannot read the snapshot");
	src->names.n = h.ndropins;
	for (size_t i = 0; i < h.ndropins && !r.bad; i++)
		r.bad |= !(src->names.v[i] = fix_str(&r, (void *)(uintptr_t)names[i]));

	/* The policy, fixed up in place. */
	struct pns_policy *pol = fix_arr(&r, (void *)(uintptr_t)h.policy, 1, sizeof(*pol));
	if (!r.bad && pol) {
		uintptr_t sets = (uintptr_t)pol->sets;
		r.bad |= pol->snapshot != NULL || (unsigned)pol->on_error > PNS_ON_ERROR_ALLOW;
		r.bad |= !(pol->pin_dir = fix_str(&r, pol->pin_dir));
		/* The counts, read once: nothing below may change them. */
		size_t nsets = pol->nsets, nrules = pol->nrules;
		pol->sets = fix_arr(&r, pol->sets, nsets, sizeof(struct pns_set));
		pol->rules = fix_arr(&r, pol->rules, nrules, sizeof(struct pns_rule));
		if (!r.bad) {
			r.structs[0].at = (const unsigned char *)pol, r.structs[0].len = sizeof(*pol);
			r.structs[1].at = (const unsigned char *)pol->sets;
			r.structs[1].len = nsets * sizeof(struct pns_set);
			r.structs[2].at = (const unsigned char *)pol->rules;
			r.structs[2].len = nrules * sizeof(struct pns_rule);
			/* Three regions, pairwise apart. */
			struct rd one = { .structs = { r.structs[0] } };
			r.bad |= !apart(&one, pol->sets, r.structs[1].len) ||
				 !apart(&one, pol->rules, r.structs[2].len);
			one.structs[0] = r.structs[1];
			r.bad |= !apart(&one, pol->rules, r.structs[2].len);
		}
		fix_list(&r, &pol->files);
		for (size_t i = 0; i < nsets && !r.bad; i++)
			fix_set(&r, &pol->sets[i]);
		for (size_t i = 0; i < nrules && !r.bad; i++)
			fix_rule(&r, &pol->rules[i], pol, sets);
	}
	if (r.bad || !pol) {
		pns_snap_sources_free(src);
		return pns_refuse(e, EINVAL, "the snapshot is damaged");
	}
	pol->snapshot = buf;
	*out = pol;
	return 0;
}

/* ---- the file ---- */

/*
 * The directory of snapshots, opened through the path walker with every
 * component trusted (root's, or the tests' trusted_uid; nothing writable
 * by others, no link): 0700, so that no other user can plant a file in it,
 * read the policy from it, or even open a snapshot to hold it.  Made when
 * `make` says so and it is missing.  Not under pin_dir: that is the store's
 * (a private bind mount the helper makes and tears down), not known until
 * the policy is read, and a snapshot must not depend on the store.
 */
static int snap_dir(const struct pns_load_opts *o, bool make, struct pns_err *e)
{
	const char *dir = o->snapshot_dir;
	int fd = pns_path_open(dir, PNS_PATH_DIR | PNS_PATH_TRUSTED, o->trusted_uid, e);
	if (fd < 0 && e->errnum == ENOENT && make) {
		char parent[PATH_MAX];
		const char *base;
		if (pns_path_split(dir, parent, sizeof(parent), &base, e) < 0)
			return -1;
		/* The parent is only made in: the walk below, from "/" to the
		 * new directory, judges every component, the parent included
		 * (as a directory passed through: /tmp/x/snap in tests). */
		cleanup_close int pfd = pns_path_open(parent, PNS_PATH_DIR, o->trusted_uid, e);
		if (pfd < 0)
			return -1;
		if (mkdirat(pfd, base, 0700) < 0 && errno != EEXIST)
			return pns_fail(e, errno, "cannot make the policy snapshot directory %s", dir);
		fd = pns_path_open(dir, PNS_PATH_DIR | PNS_PATH_TRUSTED, o->trusted_uid, e);
	}
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0) {
		int err = errno;
		close(fd);
		return pns_fail(e, err, "cannot examine %s", dir);
	}
	if (st.st_mode & 077) {
		close(fd);
		return pns_refuse(e, EPERM, "%s is not private to its owner (mode %04o, not 0700)", dir,
				  (unsigned)(st.st_mode & 07777));
	}
	return fd;
}

/* The snapshot's name for policy `path`: a hash of it (the path itself is
 * in the block and checked), so that stacks with different config= each
 * keep theirs. */
static void snap_name(const char *path, char *buf, size_t size)
{
	uint64_t h = 14695981039346656037ull;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		h = (h ^ *p) * 1099511628211ull;
	snprintf(buf, size, "%016llx.snap", (unsigned long long)h);
}

int pns_snap_read(const char *path, const struct pns_load_opts *opts, struct pns_policy **out,
		  struct pns_err *e)
{
	char name[32];
	snap_name(path, name, sizeof(name));
	cleanup_close int dfd = snap_dir(opts, false, e);
	if (dfd < 0)
		return -1;
	cleanup_close int fd = pns_path_openat(dfd, opts->snapshot_dir, name, PNS_PATH_FILE | PNS_PATH_TRUSTED,
					       opts->trusted_uid, e);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0)
		return pns_fail(e, errno, "cannot examine the snapshot %s", name);
	if (st.st_mode & 077)
		return pns_refuse(e, EPERM, "the snapshot %s is not private to its owner", name);
	if (st.st_size < (off_t)sizeof(struct snap_head) || (size_t)st.st_size > PNS_SNAP_MAX)
		return pns_refuse(e, EINVAL, "the snapshot %s has an impossible size", name);
	size_t size = (size_t)st.st_size, got = 0;
	cleanup_free unsigned char *buf = malloc(size);
	if (!buf)
		return pns_fail(e, ENOMEM, "cannot read the snapshot %s", name);
	while (got < size) {
		ssize_t n = read(fd, buf + got, size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return pns_fail(e, n < 0 ? errno : 0, "cannot read the snapshot %s", name);
		got += (size_t)n;
	}
	struct pns_sources src;
	struct pns_policy *pol;
	if (pns_snap_decode(buf, size, path, opts, &pol, &src, e) < 0)
		return -1;
	pns_steal_ptr(&buf);	/* pol's now */
	bool current = pns_sources_current(path, opts, &src);
	pns_snap_sources_free(&src);
	if (!current) {
		pns_policy_free(pol);
		return pns_refuse(e, ESTALE, "the snapshot %s is not of the policy's files as they are", name);
	}
	*out = pol;
	return 0;
}

int pns_snap_write(const char *path, const struct pns_load_opts *opts, const struct pns_policy *pol,
		   const struct pns_sources *src, struct pns_err *e)
{
	cleanup_free void *buf = NULL;
	size_t size;
	if (pns_snap_encode(pol, path, opts, src, &buf, &size, e) < 0)
		return -1;
	cleanup_close int dfd = snap_dir(opts, true, e);
	if (dfd < 0)
		return -1;
	char name[32], tmp[64];
	snap_name(path, name, sizeof(name));
	/* O_EXCL in a directory only root may write: a name of our own,
	 * never a link; one left by a process that died is removed. */
	snprintf(tmp, sizeof(tmp), ".%s.%ld", name, (long)getpid());
	int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
	cleanup_close int fd = openat(dfd, tmp, flags, 0600);
	if (fd < 0 && errno == EEXIST && unlinkat(dfd, tmp, 0) == 0)
		fd = openat(dfd, tmp, flags, 0600);
	if (fd < 0)
		return pns_fail(e, errno, "cannot make %s/%s", opts->snapshot_dir, tmp);
	size_t done = 0;
	while (done < size) {
		ssize_t n = write(fd, (char *)buf + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			int err = n < 0 ? errno : EIO;
			unlinkat(dfd, tmp, 0);
			return pns_fail(e, err, "cannot write %s/%s", opts->snapshot_dir, tmp);
		}
		done += (size_t)n;
	}
	/* No fsync: the snapshot is a cache.  After a crash a cut or
	 * unwritten block fails its size or checksum and is parsed anew. */
	if (close(pns_steal_fd(&fd)) < 0 || renameat(dfd, tmp, dfd, name) < 0) {
		int err = errno;
		unlinkat(dfd, tmp, 0);
		return pns_fail(e, err, "cannot put the policy snapshot in place as %s/%s",
				opts->snapshot_dir, name);
	}
	return 0;
}
