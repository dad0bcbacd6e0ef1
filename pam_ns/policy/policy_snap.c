/* Snapshots of the policy: the loaded, validated struct pns_policy as one
 * block with offsets where it has pointers, mapped and fixed up in place.
 * A login reads the part every login needs (the settings, the sets) and,
 * of the rules, only those that may match its user, found through an
 * index of the user names rules give literally; so what it pays does not
 * grow with the rules written for other users (policy_load.c decides when
 * a snapshot is used). */
#include "policy/policy_int.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdalign.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include "common/path.h"
/* PNS_POLICY_BUILD, from the Makefile (builds outside it, the fuzzers',
 * have none: 0). */
#if defined(__has_include)
#if __has_include("policy_build.h")
#include "policy_build.h"
#endif
#endif
#ifndef PNS_POLICY_BUILD
#define PNS_POLICY_BUILD 0ULL
#endif

/*
 * The block is this program's own structs, pointers replaced by offsets
 * from its start (0: NULL; the header is at 0, so no object is).  It is
 * read only by the build that wrote it: the version and the layout word
 * below refuse any other.  A field added to these structs must be added to
 * encode and decode here, and PNS_SNAP_VERSION bumped: the sizes asserted
 * here make the build fail until then.
 *
 * Layout, every part 8-byte aligned:
 *
 *   core    the header, the key's path, the sources, the struct
 *           pns_policy, its sets, then everything they point to (pin_dir,
 *           files, the sets' strings and lists): one checksum
 *   table   one struct snap_rule per rule: where its body is, its checksum
 *   keys    struct snap_key per user name that rules give literally,
 *           sorted by name; each key's extent (the indices of its rules,
 *           ascending, then the name) follows, with its own checksum
 *   open    the indices of the rules no key holds (no `users`, or a
 *           pattern among them): every user's candidates
 *   bodies  per rule, its struct pns_rule then its lists and strings
 *
 * A login checks the core, the keys its binary search visits, the open
 * list and its candidates' bodies: all it reads.  A whole-block checksum
 * serves loads of every rule (for_user NULL).
 */
#define PNS_SNAP_VERSION 2
_Static_assert(sizeof(struct pns_policy) == 80 && sizeof(struct pns_set) == 280 &&
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
	uint64_t sum;			/* of the whole block, this field 0 */
	uint64_t core_end;		/* the core is [0, core_end) */
	uint64_t core_sum;		/* of the core, this field and sum 0 */
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
	/* The rules, by index (the policy's nrules of them): */
	uint64_t table;			/* offset of nrules struct snap_rule */
	uint64_t keys, nkeys;		/* struct snap_key, sorted by name */
	uint64_t open, nopen;		/* rule indices, ascending */
	uint64_t open_sum;		/* of the open list, seeded with nopen */
	uint64_t bodies;		/* where the first body may start */
};

/* Rule i's body: [off, off + len), its checksum seeded with i, off, len. */
struct snap_rule {
	uint64_t off, len, sum;
};

/* A user name and the rules that name it: n indices (ascending) at
 * `rules`, the name right after them, both covered by sum (seeded with
 * rules and n). */
struct snap_key {
	uint64_t rules, n, sum;
};

/* The biggest snapshot read (10,000 rules make about 4 MB). */
#define PNS_SNAP_MAX ((size_t)256 << 20)

static uint32_t layout_word(void)
{
	/* Sizes, the type count, the byte order and the policy code the
	 * build has (PNS_POLICY_BUILD): a block written by a build that
	 * differs in any of these is refused. */
	uint32_t h = 2166136261u;
	const uint32_t parts[] = { sizeof(struct pns_policy), sizeof(struct pns_set), sizeof(struct pns_rule),
				   sizeof(struct pns_setup), sizeof(struct pns_uplink),
				   sizeof(struct pns_hooks), PNS_NTYPES, 0x01020304u,
				   (uint32_t)PNS_POLICY_BUILD, (uint32_t)(PNS_POLICY_BUILD >> 32) };
	for (size_t i = 0; i < PNS_ARRAY_SIZE(parts); i++)
		h = (h ^ parts[i]) * 16777619u;
	return h;
}

/* A 64-bit checksum at memory speed (xxHash64's rounds, four lanes of 8
 * bytes), seeded with where the bytes belong: catches a damaged or cut
 * block, or a part moved.  Not a defence against a writer, which would
 * have to be root (see snap_dir). */
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
static uint64_t checksum(uint64_t seed, const unsigned char *p, size_t n)
{
	uint64_t a = seed + P1 + P2, b = seed + P2, c = seed, d = seed - P1;
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

/* The seed of a part: the numbers that say where it is. */
static uint64_t seed3(uint64_t a, uint64_t b, uint64_t c)
{
	return (a * P1) ^ rotl(b * P2, 21) ^ rotl(c * P3, 42);
}

/* The core's checksum: the header's two sums read as 0. */
static uint64_t core_checksum(const unsigned char *b, size_t core_end)
{
	struct snap_head h;
	memcpy(&h, b, sizeof(h));
	h.sum = h.core_sum = 0;
	uint64_t s = checksum(1, (const unsigned char *)&h, sizeof(h));
	return checksum(s, b + sizeof(h), core_end - sizeof(h));
}

/* The whole block's: the header's sum read as 0. */
static uint64_t block_checksum(const unsigned char *b, size_t size)
{
	struct snap_head h;
	memcpy(&h, b, sizeof(h));
	h.sum = 0;
	uint64_t s = checksum(2, (const unsigned char *)&h, sizeof(h));
	return checksum(s, b + sizeof(h), size - sizeof(h));
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

/* Pad to the next 8-byte boundary: where the next part begins. */
static uint64_t w_align(struct wbuf *w)
{
	w_reserve(w, 0);
	return w->oom ? 0 : w->len;
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

static void w_put64(struct wbuf *w, uint64_t at, uint64_t v)
{
	if (!w->oom)
		memcpy(w->p + at, &v, 8);
}

/* A pointer field's value in the block: the offset. */
#define OFF(type, off) ((type)(uintptr_t)(off))

/* l's array (n strings and the NULL after them) into the block. */
static uint64_t w_strlist(struct wbuf *w, const struct pns_strlist *l)
{
	if (!l->v)
		return 0;
	uint64_t at = w_reserve(w, (l->n + 1) * sizeof(uint64_t));
	for (size_t i = 0; at && i < l->n; i++)
		w_put64(w, at + 8 * i, w_str(w, l->v[i]));
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

/* The table, the keys, the open list: everything but the bodies.  The
 * keys are pns_rule_refs filed by literal users, one key per name. */
static void enc_index(struct wbuf *w, const struct pns_policy *pol, struct snap_head *h)
{
	size_t nopen = 0;
	for (size_t i = 0; i < pol->nrules; i++)
		nopen += !pns_rule_literal_users(&pol->rules[i]);
	h->table = pol->nrules ? w_reserve(w, pol->nrules * sizeof(struct snap_rule)) : 0;
	struct pns_rule_refs refs;
	if (pns_rule_refs_build(&refs, pol, pns_rule_literal_users) < 0) {
		pns_rule_refs_free(&refs);
		w->oom = true;
		return;
	}
	size_t nkeys = 0;
	for (size_t i = 0; i < refs.n; i++)
		nkeys += !i || strcmp(refs.v[i].name, refs.v[i - 1].name);
	h->nkeys = nkeys;
	h->keys = nkeys ? w_reserve(w, nkeys * sizeof(struct snap_key)) : 0;
	for (size_t i = 0, key = 0; i < refs.n && !w->oom; key++) {
		size_t lo, hi = pns_rule_refs_range(&refs, refs.v[i].name, &lo);
		uint64_t n = hi - lo, rules = w_reserve(w, n * 8);
		for (size_t x = lo; x < hi; x++)
			w_put64(w, rules + 8 * (x - lo), refs.v[x].rule);
		/* The name right after the n indices. */
		w_str(w, refs.v[i].name);
		uint64_t end = w_align(w);
		if (!w->oom) {
			struct snap_key sk = { .rules = rules, .n = n,
					       .sum = checksum(seed3(rules, n, 3), w->p + rules, end - rules) };
			memcpy(w->p + h->keys + key * sizeof(sk), &sk, sizeof(sk));
		}
		i = hi;
	}
	pns_rule_refs_free(&refs);
	h->nopen = nopen;
	h->open = nopen ? w_reserve(w, nopen * 8) : 0;
	for (size_t i = 0, o = 0; i < pol->nrules && h->open; i++)
		if (!pns_rule_literal_users(&pol->rules[i]))
			w_put64(w, h->open + 8 * o++, i);
	if (!w->oom && nopen)
		h->open_sum = checksum(seed3(h->open, nopen, 4), w->p + h->open, nopen * 8);
}

static void enc_rule(struct wbuf *w, const struct pns_policy *pol, uint64_t files, uint64_t sets,
		     uint64_t table, size_t i)
{
	const struct pns_rule *r = &pol->rules[i];
	uint64_t off = w_reserve(w, sizeof(struct pns_rule));
	struct pns_rule d;
	memcpy(&d, r, sizeof(d));
	d.file = OFF(const char *, enc_file(w, pol, files, r->file));
	struct pns_strlist *dl[] = { &d.users, &d.not_users, &d.groups, &d.not_groups, &d.services,
				     &d.not_services, &d.rhosts, &d.not_rhosts, &d.ttys, &d.not_ttys };
	const struct pns_strlist *sl[] = { &r->users, &r->not_users, &r->groups, &r->not_groups,
					   &r->services, &r->not_services, &r->rhosts,
					   &r->not_rhosts, &r->ttys, &r->not_ttys };
	for (size_t k = 0; k < PNS_ARRAY_SIZE(dl); k++)
		enc_list(w, dl[k], sl[k]);
	d.join_name = OFF(char *, w_str(w, r->join_name));
	d.join = r->join ? OFF(const struct pns_set *, sets + (size_t)(r->join - pol->sets) * sizeof(struct pns_set))
			 : NULL;
	enc_setup(w, &d.setup, &r->setup);
	uint64_t end = w_align(w);
	if (w->oom)
		return;
	memcpy(w->p + off, &d, sizeof(d));
	struct snap_rule sr = { .off = off, .len = end - off,
				.sum = checksum(seed3(i, off, end - off), w->p + off, end - off) };
	memcpy(w->p + table + i * sizeof(sr), &sr, sizeof(sr));
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

	/* The structs the fix-up writes (the policy, its sets), then what
	 * they point to: see lists_from in pns_snap_decode. */
	struct pns_policy p;
	memcpy(&p, pol, sizeof(p));
	p.snapshot = NULL;
	p.snapshot_size = 0;
	h.policy = w_reserve(&w, sizeof(p));
	uint64_t sets = pol->nsets ? w_reserve(&w, pol->nsets * sizeof(struct pns_set)) : 0;
	p.sets = OFF(struct pns_set *, sets);
	p.rules = NULL;
	p.pin_dir = OFF(char *, w_str(&w, pol->pin_dir));
	uint64_t files = w_strlist(&w, &pol->files);
	p.files.v = OFF(char **, files);
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
	if (!w.oom)
		memcpy(w.p + h.policy, &p, sizeof(p));
	h.core_end = w_align(&w);

	enc_index(&w, pol, &h);
	h.bodies = w_align(&w);
	for (size_t i = 0; i < pol->nrules && !w.oom; i++)
		enc_rule(&w, pol, files, sets, h.table, i);
	w_reserve(&w, 1);	/* the last byte, a NUL: see fix_str */
	if (w.oom) {
		free(w.p);
		return pns_fail(e, ENOMEM, "cannot make the policy's snapshot");
	}
	h.size = w.len;
	memcpy(w.p, &h, sizeof(h));
	h.core_sum = core_checksum(w.p, h.core_end);
	memcpy(w.p, &h, sizeof(h));
	h.sum = block_checksum(w.p, w.len);
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
	/* Where the lists being fixed up may lie: the fix-up writes them,
	 * so none may lie in a struct fixed up (or another's list), or a
	 * crafted block could have one fix-up rewrite another's input. */
	size_t lists_from, lists_to;
};

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

/* n objects of elsize bytes at offset off (8-aligned, inside the block). */
static void *at_off(struct rd *r, uint64_t off, size_t n, size_t elsize)
{
	if (!off) {
		r->bad |= n != 0;
		return NULL;
	}
	if (off % 8 || off < sizeof(struct snap_head) || off > r->size || n > (r->size - off) / elsize)
		return r->bad = true, NULL;
	return r->b + off;
}

static void *fix_arr(struct rd *r, const void *v, size_t n, size_t elsize)
{
	return at_off(r, (uintptr_t)v, n, elsize);
}

static void fix_list(struct rd *r, struct pns_strlist *l)
{
	if (!l->v) {
		r->bad |= l->n != 0;
		return;
	}
	uintptr_t off = (uintptr_t)l->v;
	if (l->n >= SIZE_MAX / 8 || off < r->lists_from || off > r->lists_to ||
	    l->n + 1 > (r->lists_to - off) / sizeof(char *) || !(l->v = fix_arr(r, l->v, l->n + 1, sizeof(char *))))
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

/* Key i, checked: its name, and its n rule indices in *rules; NULL when
 * damaged. */
static const char *key_at(struct rd *r, const struct snap_head *h, size_t i, const uint64_t **rules,
			  size_t *n)
{
	const struct snap_key *k = at_off(r, h->keys + i * sizeof(*k), 1, sizeof(*k));
	if (!k)
		return NULL;
	struct snap_key sk;
	memcpy(&sk, k, sizeof(sk));
	/* The indices, then the name, then padding to the next 8 bytes. */
	if (sk.n > r->size / 8 || !(*rules = at_off(r, sk.rules, sk.n, 8)))
		return r->bad = true, NULL;
	const char *name = (const char *)*rules + 8 * sk.n;
	size_t room = r->size - (size_t)((const unsigned char *)name - r->b);
	size_t nlen = strnlen(name, room) + 1;
	size_t end = (size_t)((const unsigned char *)name - r->b) + nlen;
	end = (end + 7) & ~(size_t)7;
	if (nlen > room || end > r->size ||
	    checksum(seed3(sk.rules, sk.n, 3), r->b + sk.rules, end - sk.rules) != sk.sum)
		return r->bad = true, NULL;
	*n = sk.n;
	return name;
}

/* The indices of the rules that may match `user` (every rule's when
 * NULL), ascending, into *out (malloc'd) and *n. */
static int candidates(struct rd *r, const struct snap_head *h, size_t nrules, const char *user,
		      uint64_t **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!nrules)
		return 0;
	if (!user) {
		if (!(*out = malloc(nrules * sizeof(**out))))
			return -1;
		for (size_t i = 0; i < nrules; i++)
			(*out)[i] = i;
		*n = nrules;
		return 0;
	}
	const uint64_t *keyed = NULL, *open = at_off(r, h->open, h->nopen, 8);
	size_t nkeyed = 0;
	if (r->bad || h->nopen > nrules ||
	    (h->nopen && checksum(seed3(h->open, h->nopen, 4), (const unsigned char *)open, h->nopen * 8) != h->open_sum))
		return r->bad = true, 0;
	size_t lo = 0, hi = h->nkeys;
	if (h->nkeys > nrules * (size_t)UINT32_MAX)
		return r->bad = true, 0;
	while (lo < hi && !r->bad) {
		size_t mid = lo + (hi - lo) / 2, kn;
		const uint64_t *kr;
		const char *name = key_at(r, h, mid, &kr, &kn);
		if (!name)
			break;
		int c = strcmp(user, name);
		if (!c) {
			keyed = kr, nkeyed = kn;
			break;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (r->bad || nkeyed > nrules)
		return r->bad = true, 0;
	if (!(*out = malloc((h->nopen + nkeyed + 1) * sizeof(**out))))
		return -1;
	/* Merge the two ascending lists; any disorder is damage. */
	size_t a = 0, b = 0, m = 0;
	uint64_t last = 0;
	while (a < nkeyed || b < h->nopen) {
		uint64_t x;
		if (b == h->nopen || (a < nkeyed && keyed[a] < open[b]))
			memcpy(&x, &keyed[a++], 8);
		else
			memcpy(&x, &open[b++], 8);
		if (x >= nrules || (m && x <= last))
			return r->bad = true, 0;
		(*out)[m++] = last = x;
	}
	*n = m;
	return 0;
}

/* The rules `cand` names, copied out of their checked bodies into
 * pol->rules and fixed up. */
static void fix_rules(struct rd *r, const struct snap_head *h, struct pns_policy *pol, uintptr_t sets,
		      const uint64_t *cand, size_t n)
{
	const struct snap_rule *table = at_off(r, h->table, pol->nrules, sizeof(*table));
	size_t floor = h->bodies;
	if (r->bad || floor < h->core_end || floor > r->size)
		return (void)(r->bad = true);
	for (size_t i = 0; i < n && !r->bad; i++) {
		struct snap_rule sr;
		memcpy(&sr, &table[cand[i]], sizeof(sr));
		/* Bodies ascend with the index and never overlap: a list is
		 * fixed up once, by its own rule. */
		if (sr.off % 8 || sr.len % 8 || sr.off < floor || sr.off > r->size ||
		    sr.len < sizeof(struct pns_rule) || sr.len > r->size - sr.off ||
		    checksum(seed3(cand[i], sr.off, sr.len), r->b + sr.off, sr.len) != sr.sum)
			return (void)(r->bad = true);
		floor = sr.off + sr.len;
		memcpy(&pol->rules[i], r->b + sr.off, sizeof(struct pns_rule));
		r->lists_from = sr.off + sizeof(struct pns_rule);
		r->lists_to = sr.off + sr.len;
		fix_rule(r, &pol->rules[i], pol, sets);
	}
}

int pns_snap_decode(void *buf, size_t size, const char *path, const struct pns_load_opts *opts,
		    struct pns_policy **out, struct pns_sources *src, struct pns_err *e)
{
	struct snap_head h;
	unsigned char *b = buf;
	if (size < sizeof(h))
		return pns_refuse(e, EINVAL, "the snapshot is too short");
	memcpy(&h, buf, sizeof(h));
	if (memcmp(h.magic, snap_magic, sizeof(h.magic)) || h.version != PNS_SNAP_VERSION ||
	    h.layout != layout_word())
		return pns_refuse(e, EINVAL, "the snapshot is of another format or build");
	if (h.size != size)
		return pns_refuse(e, EINVAL, "the snapshot is %zu bytes long, not %llu", size,
				  (unsigned long long)h.size);
	if (h.core_end < sizeof(h) || h.core_end > size || core_checksum(b, h.core_end) != h.core_sum)
		return pns_refuse(e, EINVAL, "the snapshot's checksum is wrong");
	const char *user = opts ? opts->for_user : NULL;
	/* Every rule wanted: then every byte is read, and checked. */
	if (!user && block_checksum(b, size) != h.sum)
		return pns_refuse(e, EINVAL, "the snapshot's checksum is wrong");
	struct rd r = { .b = buf, .size = size };
	if (b[size - 1] != '\0')
		return pns_refuse(e, EINVAL, "the snapshot is damaged");
	const char *kpath = fix_str(&r, (void *)(uintptr_t)h.path);
	if (r.bad || !kpath || strcmp(kpath, path) || h.trusted_uid != (opts ? opts->trusted_uid : 0) ||
	    h.skip_trust != (opts && opts->skip_trust))
		return pns_refuse(e, EINVAL, "the snapshot is of another policy path or trust");

	/* The sources, read in place (the stats are plain numbers). */
	*src = (struct pns_sources){ .main = h.main, .dir = h.dir, .has_dir = h.has_dir != 0 };
	if (h.ndropins > size / 8)
		return pns_refuse(e, EINVAL, "the snapshot's list of drop-ins is damaged");
	uint64_t *names = at_off(&r, h.names, h.ndropins, 8);
	src->dropins = at_off(&r, h.stats, h.ndropins, sizeof(struct pns_src_stat));
	if (r.bad || (h.ndropins && !names))
		return pns_refuse(e, EINVAL, "the snapshot's list of drop-ins is damaged");
	if (h.ndropins && !(src->names.v = calloc(h.ndropins + 1, sizeof(char *))))
		return pns_fail(e, ENOMEM, "cannot read the snapshot");
	src->names.n = h.ndropins;
	for (size_t i = 0; i < h.ndropins && !r.bad; i++)
		r.bad |= !(src->names.v[i] = fix_str(&r, (void *)(uintptr_t)names[i]));

	/* The policy and its sets, fixed up in place; their lists lie
	 * after both, in the core. */
	struct pns_policy *pol = at_off(&r, h.policy, 1, sizeof(*pol));
	uint64_t *cand = NULL;
	size_t ncand = 0;
	if (!r.bad && pol) {
		uintptr_t sets = (uintptr_t)pol->sets;
		r.bad |= pol->snapshot != NULL || pol->snapshot_size || pol->rules ||
			 (unsigned)pol->on_error > PNS_ON_ERROR_ALLOW;
		r.bad |= !(pol->pin_dir = fix_str(&r, pol->pin_dir));
		/* The counts, read once: nothing below may change them. */
		size_t nsets = pol->nsets, nrules = pol->nrules;
		pol->sets = fix_arr(&r, pol->sets, nsets, sizeof(struct pns_set));
		r.lists_from = h.policy + sizeof(*pol);
		if (pol->sets && sets < h.policy + sizeof(*pol))
			r.bad = true;
		else if (pol->sets)
			r.lists_from = sets + nsets * sizeof(struct pns_set);
		r.lists_to = h.core_end;
		r.bad |= r.lists_from > r.lists_to;
		fix_list(&r, &pol->files);
		for (size_t i = 0; pol->sets && i < nsets && !r.bad; i++)
			fix_set(&r, &pol->sets[i]);
		if (!r.bad && nrules > (size - h.bodies) / sizeof(struct pns_rule))
			r.bad = true;
		if (!r.bad && candidates(&r, &h, nrules, user, &cand, &ncand) < 0) {
			pns_snap_sources_free(src);
			return pns_fail(e, ENOMEM, "cannot read the snapshot");
		}
		/* The rules: the candidates only, in an array of their own. */
		pol->rules = NULL;
		if (!r.bad && ncand && !(pol->rules = calloc(ncand, sizeof(struct pns_rule)))) {
			free(cand);
			pns_snap_sources_free(src);
			return pns_fail(e, ENOMEM, "cannot read the snapshot");
		}
		if (!r.bad)
			fix_rules(&r, &h, pol, sets, cand, ncand);
		free(cand);
		pol->nrules = ncand;
	}
	if (r.bad || !pol) {
		if (pol) {
			free(pol->rules);
			pol->rules = NULL;
		}
		pns_snap_sources_free(src);
		return pns_refuse(e, EINVAL, "the snapshot is damaged");
	}
	pol->snapshot = buf;
	pol->snapshot_size = size;
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
	/* Mapped, not read: a login touches only the pages it checks and
	 * uses.  Private and writable: the fix-up writes its own copies of
	 * the pages it changes.  The file is only ever replaced by rename,
	 * never cut in place, so the mapping stays whole. */
	size_t size = (size_t)st.st_size;
	void *map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED)
		return pns_fail(e, errno, "cannot map the snapshot %s", name);
	struct pns_sources src = { 0 };
	struct pns_policy *pol = NULL;
	if (pns_snap_decode(map, size, path, opts, &pol, &src, e) < 0) {
		munmap(map, size);
		return -1;
	}
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
	size_t size = 0;
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
