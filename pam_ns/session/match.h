/* Which rule of a policy a login gets, and why. */
#ifndef PNS_MATCH_H
#define PNS_MATCH_H

#include "session/login.h"
#include "policy/policy.h"

struct pns_match {
	const struct pns_rule *rule;	/* NULL: no rule matched */
	/* The group that satisfied the rule's `groups` criterion (for %g and
	 * for explain), NULL if the rule has none.  It lives as long as the
	 * policy and the login. */
	const char *group;
	/* One line per criterion that was checked, for explain:
	 * "users: alice matches \"al*\"". */
	char why[1024];
};

/*
 * First matching rule of pol for l, into *m.  The group names a rule
 * evaluated needs are looked up then, and kept in l (pns_match_groups).
 * 0, or -1 when NSS failed on one of them (m->rule NULL, the cause in
 * *e): the session must be refused, not left to a later rule.
 */
int pns_match_rule(const struct pns_policy *pol, struct pns_login *l, struct pns_match *m,
		   struct pns_err *e);

/* pns_match_rule among the rules `which` lists (n indices into pol->rules,
 * ascending; NULL: the first n), for a caller that left out only rules
 * whose users criterion cannot match l->user (pam_ns_helper check): the
 * same answer at the cost of the rules listed. */
int pns_match_rule_among(const struct pns_policy *pol, const size_t *which, size_t n,
			 struct pns_login *l, struct pns_match *m, struct pns_err *e);


/*
 * The rules that may match a user, found by name: pns_match_rule_among
 * over pns_user_rules_of(u, l->user, ...) gives what pns_match_rule gives,
 * at the cost of those rules, not of the policy.  Exact: a rule whose
 * users list is literal only (pns_list_is_literal) matches only a name
 * equal to one of its entries (fnmatch with FNM_NOESCAPE: a pattern
 * without * ? [ matches itself alone), so it is filed under those names;
 * every other rule ("open": a wildcard, or no users criterion) may match
 * any user and is a candidate for each.  Every other criterion is left to
 * pns_match_rule_among.
 */
struct pns_user_rules {
	const struct pns_policy *pol;
	struct pns_rule_refs named;	/* literal users lists, by name */
	size_t *open, nopen;		/* the other rules, ascending */
	size_t *cand;			/* pns_user_rules_of's answer */
};

/* Builds *u for pol (which must outlive it); 0, or -1 without memory.
 * Either way *u may be used and is freed with pns_user_rules_free: after
 * a failure pns_user_rules_of gives every rule (slower, the same answer). */
int pns_user_rules_build(struct pns_user_rules *u, const struct pns_policy *pol);

/* The rules that may match user (the name NSS gives, as matched: l->user),
 * ascending, into *which (NULL: the first n, every rule), their number
 * returned.  *which lives in u until its next call or free. */
size_t pns_user_rules_of(struct pns_user_rules *u, const char *user, const size_t **which);

void pns_user_rules_free(struct pns_user_rules *u);

/*
 * The first of the user's groups some pattern of list matches, list order
 * first, then the user's (primary first): into *group and the pattern into
 * *pattern, 1; 0 none; -1 NSS failed (*e).  A literal pattern costs one
 * getgrnam_r per login (pns_login_in_group) and *group is the pattern; a
 * wildcard one names the user's groups (pns_login_group_name), once per
 * login.  A rule with no group criterion looks up nothing.
 */
int pns_match_groups(const struct pns_strlist *list, struct pns_login *l, const char **group,
		     const char **pattern, struct pns_err *e);

/* The PAM service of the user's service manager: user@.service opens its
 * session under this name (PAMName=, systemd.exec(5)). */
#define PNS_MANAGER_SERVICE "systemd-user"

/*
 * For the manager's own session (l->service is PNS_MANAGER_SERVICE, m its
 * match): into *hider, the rule that hides the manager from this user's
 * sessions when the manager may not run, else NULL (also for any other
 * service); 0, or -1 when NSS failed on a group a rule names (*e).  It may not when the rule that
 * matches its session hides it (a manager cannot live in namespaces that
 * hide it), or when no rule, or an action "none" rule, matches its session
 * while a rule that may match another session of the user hides it: a
 * manager left outside would run what those sessions leave in the user's
 * files.  A rule that matches the manager's session and puts it into
 * namespaces without hiding it (a set it joins, with user_manager
 * "reachable") lets it run: the admin has said where.
 */
int pns_match_manager_hider(const struct pns_policy *pol, struct pns_login *l, const struct pns_match *m,
			    const struct pns_rule **hider, struct pns_err *e);

/* pns_match_manager_hider among the rules `which` lists (as for
 * pns_match_rule_among: the rules left out cannot match l->user). */
int pns_match_manager_hider_among(const struct pns_policy *pol, const size_t *which, size_t n,
				  struct pns_login *l, const struct pns_match *m,
				  const struct pns_rule **hider, struct pns_err *e);

/*
 * Whether rule `a` matches every login rule `b` matches: then b, coming
 * after a, never matches (first match wins).  Judged criterion by
 * criterion, on patterns alone: a literal pattern of b is covered by a
 * pattern of a that fnmatch-matches it, a wildcard one only by the same
 * pattern or "*".  Conservative: true means shadowed for certain; false
 * only means "not proven" (b may still be shadowed by several rules
 * together, or by what NSS makes of its groups).
 */
bool pns_rule_covers(const struct pns_rule *a, const struct pns_rule *b);

/* Whether r names only users and groups (no service, rhost or tty
 * criterion): it matches every session of a user it matches, so no rule
 * after it sees that user's sessions. */
bool pns_rule_every_session(const struct pns_rule *r);

/* Whether every string `pattern` matches, some pattern of `list` matches
 * too (the test pns_rule_covers applies to each pattern). */
bool pns_pattern_covered(const struct pns_strlist *list, const char *pattern);

/* Why the manager's session is refused, in the one wording the module's
 * log, explain and manager share, into buf: "rule F:L hides it from the
 * user's sessions (user_manager)", and ", and no rule places the manager
 * itself" when the rule is not the one matching its session (m->rule). */
const char *pns_manager_refusal(const struct pns_rule *hider, const struct pns_match *m, char *buf,
				size_t size);

/* The first pattern of `list` that `s` matches, or NULL: fnmatch(3) with
 * FNM_NOESCAPE, so *, ? and [...] are the wildcards and a backslash is an
 * ordinary character (winbind's DOMAIN\user); pam_ns.conf(5), Criteria. */
const char *pns_match_list(const struct pns_strlist *list, const char *s);

#endif
