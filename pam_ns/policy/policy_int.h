/* Shared by the policy*.c files only: the parse context and its readers. */
#ifndef PNS_POLICY_INT_H
#define PNS_POLICY_INT_H

#include "policy/policy.h"

/* The setting names a namespace set and a rule accept, for messages. */
#define PNS_SETUP_KEYS "hostname, propagation, proc, tmp, tmp_size, loopback, netns"

/*
 * Why libconfig refused `text` (the whole file, NUL-terminated; only read,
 * never past its NUL), after config_read_string failed with a parse error
 * at `lc_line` whose text is `lc_text` (NULL: "syntax error").  Writes one
 * sentence starting "syntax error" into msg (size bytes, the caller's;
 * always terminated, cut if too long) and returns the line it is about:
 * where the cause is, which may be before lc_line (the sentence then ends
 * "(libconfig stopped at line N)").  When it cannot tell, the sentence is
 * plain "syntax error" (or libconfig's own text) and the line lc_line.
 * Keeps nothing; never fails.
 */
int pns_syntax_explain(const char *text, int lc_line, const char *lc_text, char *msg, size_t size);

/*
 * What libconfig accepts in `text` (a file it parsed) but no admin means,
 * each reported into d as "file:LINE: sentence": two strings in a row,
 * which it joins into one (["alice" "bob"] is ["alicebob"]: a ',' was
 * missing), and a '/' '*' comment or a string never closed, after which
 * it silently ignores the rest of the file.  Returns the number reported.
 */
int pns_syntax_lint(const char *text, const char *file, struct pns_diag *d);

#include "policy/policy_limits.h"

/* What one load has used so far of the limits that span its files. */
struct pns_budget {
	size_t bytes;			/* of PNS_POLICY_TOTAL_MAX */
	unsigned long long group_work;	/* of PNS_POLICY_GROUP_WORK_MAX */
	/* Each limit spanning files is reported once, at the first file
	 * that passes it, not again at every file after. */
	bool told_bytes, told_work, told_rules, told_sets;
};

/*
 * What `text` (a whole file, NUL-terminated) would cost libconfig, before
 * it reads it: brackets deeper than PNS_POLICY_DEPTH_MAX, a group of more
 * than PNS_POLICY_GROUP_MAX settings, a string longer than
 * PNS_POLICY_STRING_MAX, and its groups' work (charged to *b) beyond
 * PNS_POLICY_GROUP_WORK_MAX, each reported into d as "file:LINE:
 * sentence".  Linear in the text.  Returns the number reported: the text
 * must not be given to libconfig unless it is 0.
 */
int pns_syntax_measure(const char *text, const char *file, struct pns_budget *b, struct pns_diag *d);

/* pns_policy_parse_stream, charging the bytes read and the groups' work
 * to *b, shared by every file of one load. */
int pns_policy_parse_budget(struct pns_policy *pol, FILE *f, const char *name, bool main_file,
			    struct pns_diag *diag, struct pns_budget *b);

#include <libconfig.h>

/* One file being parsed: where its errors go and what they are called. */
struct pns_pctx {
	struct pns_policy *pol;
	struct pns_diag *d;
	const char *file;		/* interned in pol->files */
	int errors;			/* added to d by this file */
	struct pns_budget *budget;	/* of the whole load */
};

/* The line of a setting, or of its nearest ancestor that has one. */
int pns_setting_line(const config_setting_t *s);

/* Report "file:line: message" at setting s. */
void pns_perr(struct pns_pctx *c, const config_setting_t *s, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Typed readers: 0, or -1 after reporting "NAME must be ..." at s.
 * Strings returned by pns_read_string belong to the config_t. */
int pns_read_string(struct pns_pctx *c, const config_setting_t *s, const char **out);
int pns_read_bool(struct pns_pctx *c, const config_setting_t *s, bool *out);
/* A list or array of strings, or one string; duplicates are an error, and
 * so is an empty list, in words that say what it would mean. */
int pns_read_strlist(struct pns_pctx *c, const config_setting_t *s, struct pns_strlist *out);
/* A list of namespace type names into a PNS_BIT mask. */
int pns_read_types(struct pns_pctx *c, const config_setting_t *s, unsigned *mask);
/* The type called `name` or -1 after explaining (at s) why it is none. */
int pns_type_checked(struct pns_pctx *c, const config_setting_t *s, const char *name);

/* The `namespaces` group and the `rules` list of one file. */
void pns_parse_namespaces(struct pns_pctx *c, const config_setting_t *g);
void pns_parse_rules(struct pns_pctx *c, const config_setting_t *l);

/* Lines where each setup setting was given, 0 when absent. */
struct pns_setup_seen {
	int hostname, propagation, proc, tmp, tmp_size, loopback, netns;
};
#define PNS_SETUP_SEEN_ANY(s) \
	((s)->hostname || (s)->propagation || (s)->proc || (s)->tmp || (s)->tmp_size || \
	 (s)->loopback || (s)->netns)

/* The defaults a rule or set starts with. */
void pns_setup_init(struct pns_setup *st);

/* If s is one of the setup settings, parse it into *st, note its line in
 * *seen and return true (errors reported); false for any other name. */
bool pns_parse_setup_key(struct pns_pctx *c, const config_setting_t *s, struct pns_setup *st,
			 struct pns_setup_seen *seen);

/* Whether hostname template h (NULL: none) uses the escape %esc ('u', 'g'
 * or 's'); the '%' written by %% starts none. */
bool pns_hostname_uses(const char *h, char esc);

/* %g in rule r's hostname names the group its `groups` criterion matched,
 * else the instance of the per-group set it joins (`set`; NULL: it joins
 * none): without either, report at file:line that it has no value.
 * Returns the number of errors added (0 or 1). */
int pns_check_hostname_group(struct pns_diag *d, const char *file, int line, const struct pns_rule *r,
			     const struct pns_set *set);

/* Check every given setup setting has the namespace it needs in `mask`
 * (the rule's unshare or the set's types).  `where` is "unshare" or
 * "types", named in the advice.  netns's need for a net namespace is
 * checked by the caller (a rule may get it from the set it joins). */
void pns_check_setup_needs(struct pns_pctx *c, int line, unsigned mask, const char *where,
			   bool need_mnt_for_netns, const struct pns_setup *st,
			   const struct pns_setup_seen *seen);

/* With a new mnt in `mask` and a propagation that leaks (PNS_PROP_LEAKS),
 * refuse the mounts the module would make on "/" itself (a fresh /tmp, the
 * /etc/netns binds), at the setting's line or `line`: they would cover the
 * host's.  /sys, /proc and /run/user are kept in the session at login
 * (pns_setup_hold).  Called by pns_check_setup_needs. */
void pns_check_propagation(struct pns_pctx *c, int line, unsigned mask, const struct pns_setup *st,
			   const struct pns_setup_seen *seen);

/* v, an array of n elements of elsize bytes grown by this alone, with
 * room for one more: it doubles whenever n reaches a power of two, so n
 * appends cost n log n copies at most, not n*n.  The array (maybe moved),
 * or NULL without memory, v then unchanged. */
void *pns_grow(void *v, size_t n, size_t elsize);

/* ---- snapshots (policy_snap.c) and what they are checked against ---- */

#include <stdint.h>

/* What is recorded of a file or directory the policy was read from: any
 * change to its content, owner or mode changes one of these (a file
 * replaced by rename has another inode; ctime moves on every write, chmod
 * and chown, and no user can set it). */
struct pns_src_stat {
	uint64_t dev, ino, size;
	int64_t mtime_ns, ctime_ns;
};

/* Every source one load read: the main file, the drop-in directory (when
 * it exists), the names of the drop-ins in it and each one's stat. */
struct pns_sources {
	struct pns_src_stat main;
	bool has_dir;
	struct pns_src_stat dir;
	struct pns_strlist names;	/* sorted, as read */
	struct pns_src_stat *dropins;	/* names.n of them */
	int64_t newest_ctime_ns;	/* of all of the above */
	bool incomplete;		/* some stat failed: never snapshot */
};
void pns_sources_free(struct pns_sources *s);

/* A change this recent (seconds) may not move a timestamp the filesystem
 * keeps coarsely (jiffies; whole seconds on some): sources changed less
 * than this before the load began are not snapshotted. */
#define PNS_SNAP_SETTLE_S 2

/*
 * Whether the sources of policy `path` are still exactly `want`: opened as
 * pns_policy_load opens them (the same code: path walker, trust checks as
 * opts says, drop-in names listed and sorted) and compared.  Any failure to
 * open or stat is "no": the full load will report it with its file:line.
 */
bool pns_sources_current(const char *path, const struct pns_load_opts *opts,
			 const struct pns_sources *want);

/*
 * The snapshot of `pol` (loaded from `path` with `opts`, read from `src`)
 * as one block: *out (malloc'd) of *size bytes.  0, or -1 with *e (ENOMEM).
 */
int pns_snap_encode(const struct pns_policy *pol, const char *path, const struct pns_load_opts *opts,
		    const struct pns_sources *src, void **out, size_t *size, struct pns_err *e);

/*
 * The policy in block `buf` (`size` bytes, a private writable mapping:
 * mmap(2)), checked (header, layout, key = path and the trust options,
 * the checksums of every part it reads, every offset, string, count, bool
 * and enum it uses) and fixed up in place.  With opts->for_user, only the
 * rules that may match that user are read (see pns_load_opts).  0 with
 * *out, which now owns the mapping (pns_policy_free unmaps it), and *src,
 * whose names and stats point into it (release with pns_snap_sources_free
 * before pns_policy_free); or -1 with the reason in *e, the mapping (maybe
 * half fixed up) the caller's to unmap.
 */
int pns_snap_decode(void *buf, size_t size, const char *path, const struct pns_load_opts *opts,
		    struct pns_policy **out, struct pns_sources *src, struct pns_err *e);
/* Free what pns_snap_decode allocated for *src (its names array). */
void pns_snap_sources_free(struct pns_sources *src);

/* The snapshot of `path` in opts->snapshot_dir, if it is there, trusted,
 * whole and current: 0 and *out, else -1 (why in *e; nothing to report,
 * the caller parses the policy instead). */
int pns_snap_read(const char *path, const struct pns_load_opts *opts, struct pns_policy **out,
		  struct pns_err *e);

/* Write the snapshot of `pol` into opts->snapshot_dir (made 0700 when
 * missing), atomically: a temporary file renamed over the old one.  0 or
 * -1 with *e. */
int pns_snap_write(const char *path, const struct pns_load_opts *opts, const struct pns_policy *pol,
		   const struct pns_sources *src, struct pns_err *e);

#endif
