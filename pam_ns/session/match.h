/* Which rule of a policy a login gets, and why. */
#ifndef PNS_MATCH_H
#define PNS_MATCH_H

#include "session/login.h"
#include "policy/policy.h"

struct pns_match {
	const struct pns_rule *rule;	/* NULL: no rule matched */
	/* The group that satisfied the rule's `groups` criterion (for %g and
	 * for explain), NULL if the rule has none. */
	const char *group;
	/* One line per criterion that was checked, for explain:
	 * "users: alice matches \"al*\"". */
	char why[1024];
};

/* First matching rule of pol for l, into *m.  Never fails. */
void pns_match_rule(const struct pns_policy *pol, const struct pns_login *l,
		    struct pns_match *m);

/* Whether `s` matches any pattern of `list` (fnmatch, `*` wildcards). */
const char *pns_match_list(const struct pns_strlist *list, const char *s);

#endif
