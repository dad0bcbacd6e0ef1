/* The policy: what an admin wrote, loaded, validated and held in memory. */
#ifndef PNS_POLICY_H
#define PNS_POLICY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "common/nstype.h"
#include "common/util.h"

#define PNS_DEFAULT_CONFIG "/etc/security/pam_ns.conf"
#define PNS_DEFAULT_PIN_DIR "/run/pam_ns"
/* Where the module keeps compiled snapshots of the policy (policy_snap.c):
 * a directory of its own, root's alone, not pin_dir (that one is the
 * store's, shared with the helper and bound on itself). */
#define PNS_SNAPSHOT_DIR "/run/pam_ns-policy"

struct pns_strlist {
	char **v;
	size_t n;
};

/* Append a copy of s; 0 or -1 (ENOMEM, l unchanged). */
int pns_strlist_add(struct pns_strlist *l, const char *s);
/* Whether l holds a string equal to s. */
bool pns_strlist_has(const struct pns_strlist *l, const char *s);
/* Free every string and the array; l is then empty. */
void pns_strlist_free(struct pns_strlist *l);
/* Sort l by strcmp, in place. */
void pns_strlist_sort(struct pns_strlist *l);
/* Sort l and keep one of each string (n log n, where pns_strlist_has
 * before each add is n*n). */
void pns_strlist_sort_unique(struct pns_strlist *l);

/* Whether a policy pattern names one string only: it has none of the
 * wildcards * ? [ (a backslash is an ordinary character; patterns are
 * matched by fnmatch(3) with FNM_NOESCAPE, session/match.c). */
bool pns_pattern_is_literal(const char *p);

/* Whether l names strings literally only: it has entries, and each is
 * literal.  A rule whose `users` list is so matches only the users it
 * names (the snapshot's index, check's shadowing and simulation). */
bool pns_list_is_literal(const struct pns_strlist *l);

enum pns_propagation { PNS_PROP_SLAVE, PNS_PROP_PRIVATE, PNS_PROP_SHARED, PNS_PROP_UNCHANGED };
enum pns_scope { PNS_PER_SHARED, PNS_PER_USER, PNS_PER_GROUP };
enum pns_on_error { PNS_ON_ERROR_DENY, PNS_ON_ERROR_ALLOW };
/* A rule's `user_manager`: unset (the default decides), or as written. */
enum pns_user_manager { PNS_UM_DEFAULT, PNS_UM_HIDDEN, PNS_UM_REACHABLE };

/* The policy's words for the enums above, indexed by them. */
extern const char *const pns_propagation_names[4];
/* Whether a propagation lets the session's mounts reach the host. */
#define PNS_PROP_LEAKS(p) ((p) == PNS_PROP_SHARED || (p) == PNS_PROP_UNCHANGED)
extern const char *const pns_scope_names[3];
extern const char *const pns_user_manager_names[3];

/* The namespace types whose isolation the user's service manager would
 * undo: it runs outside every login's namespaces (started by PID 1, see
 * pam_ns(8), SYSTEMD HOSTS), and a session that reaches it can have it
 * start anything there.  A rule that isolates any of these hides it by
 * default. */
#define PNS_UM_GUARDED (PNS_BIT(PNS_NET) | PNS_BIT(PNS_PID) | PNS_BIT(PNS_IPC))

/*
 * What to do inside namespaces that are new: for a rule, the types it
 * unshares; for a set, the types made when the set is created.  Validation
 * guarantees every setting here has the new namespace it needs.
 */
struct pns_setup {
	char *hostname;			/* template with %u %g %s, NULL: leave */
	enum pns_propagation propagation;	/* of / in a new mnt ns */
	bool proc;			/* fresh /proc (new pid and new mnt) */
	bool tmp_private;		/* fresh tmpfs on /tmp (new mnt) */
	char *tmp_size;			/* its tmpfs size= as written ("512M", "10%"),
					 * NULL: PNS_TMP_SIZE_DEFAULT */
	bool loopback;			/* bring lo up in a new net ns */
	char *netns;			/* bind each /etc/netns/<netns> entry over /etc */
};

/* The size of a private /tmp when the policy gives none (tmpfs(5) size=):
 * bounded, so that no session can fill the machine's memory. */
#define PNS_TMP_SIZE_DEFAULT "10%"

/* The size of setup s's private /tmp: its tmp_size, else the default. */
static inline const char *pns_tmp_size(const struct pns_setup *s)
{
	return s->tmp_size ? s->tmp_size : PNS_TMP_SIZE_DEFAULT;
}

/* IFNAMSIZ: an interface name's longest, with its NUL. */
#define PNS_IFNAMSIZ 16

/* A set's network uplink (its `uplink` group): a veth pair made with each
 * instance, one end in the set's net namespace (store/uplink.h). */
struct pns_uplink {
	bool on;			/* the set has an uplink */
	char bridge[PNS_IFNAMSIZ];	/* the host end's bridge, "": none */
	char inside[PNS_IFNAMSIZ];	/* the end in the set ("eth0") */
	int family;			/* AF_INET or AF_INET6; 0: no address */
	unsigned char addr[16];		/* as written, network byte order */
	unsigned prefix;		/* its prefix length */
	bool gateway;			/* a default route via gw */
	unsigned char gw[16];
	bool isolated;			/* bridge port isolation (bridge only) */
};

/* A set's `hooks`: programs the helper runs as root when it makes an
 * instance and before it removes one (store/hook.h). */
struct pns_hooks {
	char *create, *delete_;		/* absolute, normalized; NULL: none */
	int timeout_s;			/* 1..PNS_HOOK_TIMEOUT_MAX */
	int line;			/* where `hooks` is written, 0: absent */
};

/* A hook's longest run (s): below the wait for an instance's lock
 * (PNS_LOCK_WAIT_MS, 12 s), so that logins waiting while the first one
 * makes the instance find it made rather than give up; and so below the
 * module's wait for the whole helper (PNS_SPAWN_TIMEOUT, 30 s), which
 * covers a lock wait and a hook. */
#define PNS_HOOK_TIMEOUT_MAX 10
#define PNS_HOOK_TIMEOUT_DEFAULT 5

/* A named set of pinned namespaces (the `namespaces` group). */
struct pns_set {
	char *name;
	const char *file;		/* points into pns_policy.files */
	int line;
	unsigned types;			/* PNS_BIT mask */
	enum pns_scope per;
	struct pns_strlist group_from;	/* per = "group": candidate groups */
	char *paths[PNS_NTYPES];	/* pinned by someone else; NULL = ours */
	int path_lines[PNS_NTYPES];	/* where each of paths[] is written */
	bool external;			/* any paths[] given: never created/deleted */
	bool ip_netns;			/* also pin net at /run/netns/<name> */
	struct pns_setup setup;
	struct pns_uplink uplink;
	struct pns_hooks hooks;
};

/* One entry of `rules`; the first that matches a login wins. */
struct pns_rule {
	const char *file;
	int line;
	struct pns_strlist users, not_users;
	struct pns_strlist groups, not_groups;
	struct pns_strlist services, not_services;
	struct pns_strlist rhosts, not_rhosts;
	struct pns_strlist ttys, not_ttys;
	bool none;			/* action = "none": leave the session alone */
	unsigned unshare;		/* PNS_BIT mask of new namespaces */
	char *join_name;		/* as written; resolved by pns_policy_finish */
	const struct pns_set *join;	/* NULL: join nothing */
	bool create;			/* create the joined set if absent */
	struct pns_setup setup;		/* for the unshared types */
	enum pns_user_manager user_manager;	/* as written */
	/* Resolved by pns_policy_finish: the session gets a private
	 * /run/user, so the user's service manager, its bus and the sockets
	 * it listens on are out of reach (user_manager "hidden", or unset
	 * while the rule isolates a PNS_UM_GUARDED type). */
	bool hide_user_manager;
};

struct pns_policy {
	char *pin_dir;
	enum pns_on_error on_error;
	struct pns_set *sets;
	size_t nsets;
	struct pns_rule *rules;
	size_t nrules;
	struct pns_strlist files;	/* every file read, in order */
	/* Loaded from a snapshot: the mapping everything above lives in,
	 * of snapshot_size bytes, but `rules`, an array of its own
	 * (pns_policy_free unmaps the one and frees the other).  NULL:
	 * loaded by parts. */
	void *snapshot;
	size_t snapshot_size;
};

/*
 * Rules filed under names: one (name, rule) for each entry of the list
 * list(r) gives for rule r (NULL: r is not filed), sorted by name then
 * rule, each pair once.  The names are the policy's strings.
 */
struct pns_rule_ref {
	const char *name;
	size_t rule;		/* index into pol->rules */
};

struct pns_rule_refs {
	struct pns_rule_ref *v;
	size_t n;
};

/* Files pol's rules into *refs (freed with pns_rule_refs_free, also after
 * a failure); 0, or -1 without memory. */
int pns_rule_refs_build(struct pns_rule_refs *refs, const struct pns_policy *pol,
			const struct pns_strlist *(*list)(const struct pns_rule *r));

/* The refs filed under name: refs->v[*lo, return), rules ascending. */
size_t pns_rule_refs_range(const struct pns_rule_refs *refs, const char *name, size_t *lo);

void pns_rule_refs_free(struct pns_rule_refs *refs);

/* r's users when they are all literal names (pns_list_is_literal), else
 * NULL: the list for pns_rule_refs_build that files each rule under the
 * users it alone can match (the snapshot's index, pns_user_rules). */
const struct pns_strlist *pns_rule_literal_users(const struct pns_rule *r);

/* Every error found while loading, each "file:line: sentence", the file
 * name and the sentence escaped (pns_escape) by pns_diag_add. */
struct pns_diag {
	struct pns_strlist msgs;
};
void pns_diag_add(struct pns_diag *d, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* pns_diag_add of "SENTENCE: e->msg" (or e->msg alone when fmt is NULL):
 * the sentence escaped, e->msg as it is, escaped where it was made (a
 * struct pns_err's message is never escaped twice). */
void pns_diag_add_err(struct pns_diag *d, const char *file, int line, const struct pns_err *e,
		      const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void pns_diag_free(struct pns_diag *d);

struct pns_load_opts {
	/* Owner every policy file, the drop-in directory and pin_dir's parent
	 * must have; 0 in production.  Tests run as the invoking user. */
	uid_t trusted_uid;
	bool skip_trust;		/* fuzzing and unit tests of the grammar only */
	/* Also check pin_dir (pam_ns_helper, and so `check`).  The module
	 * does not: the store checks pin_dir where it lives, in the home
	 * namespace, when a rule joins a set, so a careless chown of pin_dir
	 * refuses those logins and not the ones no set concerns. */
	bool check_pin_dir;
	/* A directory of compiled snapshots (PNS_SNAPSHOT_DIR in production;
	 * NULL: none).  The load then uses the snapshot of `path` when it is
	 * current, and writes one after a full parse that found no error; a
	 * snapshot that is missing, stale or damaged in any way is ignored.
	 * Any failure to write it only goes to *snapshot_err (when not NULL):
	 * the load itself succeeds or fails as without a snapshot. */
	const char *snapshot_dir;
	struct pns_err *snapshot_err;
	/* The user whose logins the policy is loaded for (the module's
	 * load), NULL: any.  A snapshot then gives only the rules that may
	 * match that user, in order: it leaves out those whose `users` are
	 * all literal names and not this one, which no login of the user can
	 * match.  So the cost of a login does not grow with the rules written
	 * for others.  A full parse gives every rule. */
	const char *for_user;
	/* Tests: snapshot files changed in the last PNS_SNAP_SETTLE_S too
	 * (they then set timestamps that differ from the recorded ones). */
	bool snapshot_no_settle;
};

/*
 * Load `path` and then every `*.conf` in its drop-in directory (the path
 * with its ".conf" suffix replaced by ".d", e.g. /etc/security/pam_ns.d),
 * in sorted order.  Files are opened once, O_NOFOLLOW, checked for trust on
 * the open fd and parsed from it.  Returns 0 and *out, or -1 with every
 * problem in *diag (never a partial policy).
 */
int pns_policy_load(const char *path, const struct pns_load_opts *opts,
		    struct pns_policy **out, struct pns_diag *diag);

/* Parse one already-open stream named `name` into *pol (which may already
 * hold earlier files' content); `main_file` allows the top-level settings.
 * Errors go to *diag; returns the number of errors added. */
int pns_policy_parse_stream(struct pns_policy *pol, FILE *f, const char *name,
			    bool main_file, struct pns_diag *diag);

/* Resolve cross-file references (join of a set defined in any file, a set
 * name defined twice) once every file is parsed.  Returns the number of
 * errors added. */
int pns_policy_finish(struct pns_policy *pol, struct pns_diag *diag);

/* A fresh policy with the defaults, for parse_stream callers. */
struct pns_policy *pns_policy_new(void);
void pns_policy_free(struct pns_policy *pol);

/* The set called `name`, or NULL. */
const struct pns_set *pns_policy_find_set(const struct pns_policy *pol, const char *name);

/* Drop-in directory for a main policy path, into buf. */
int pns_policy_dropin_dir(const char *path, char *buf, size_t size, struct pns_err *e);

#endif
