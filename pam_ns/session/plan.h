/* What a session gets, per namespace type: the rule turned into actions. */
#ifndef PNS_PLAN_H
#define PNS_PLAN_H

#include <limits.h>
#include <stdbool.h>

#include "session/login.h"
#include "session/match.h"
#include "common/nstype.h"
#include "policy/policy.h"

enum pns_how { PNS_KEEP, PNS_NEW, PNS_JOIN };

struct pns_plan {
	const struct pns_rule *rule;
	enum pns_how how[PNS_NTYPES];
	char pin[PNS_NTYPES][PATH_MAX];		/* for PNS_JOIN */
	const struct pns_set *set;		/* the joined set, or NULL */
	char instance[256];			/* user or group name of a per-* set */
	char hostname[65];			/* expanded, "" for none */
	bool create;				/* create the set when absent */
	const struct pns_setup *setup;		/* the rule's, for new types */
	char netns[256];			/* /etc/netns name to apply, "" none */
};

/*
 * Turn the matched rule into a plan for login l.  Expands and validates the
 * hostname, picks the per-user/per-group instance and computes pin paths
 * (every name in a path is checked with pns_name_valid).  A rule with
 * action "none" gives a plan with every type PNS_KEEP.
 */
int pns_plan_build(const struct pns_policy *pol, const struct pns_match *m,
		   const struct pns_login *l, struct pns_plan *p, struct pns_err *e);

/* Expand %u %g %s %% in tmpl into buf. */
int pns_expand(const char *tmpl, const struct pns_login *l, const char *group,
	       char *buf, size_t size, struct pns_err *e);

#endif
