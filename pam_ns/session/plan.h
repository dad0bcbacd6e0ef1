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
	const struct pns_set *set;		/* the joined set (its pins: pns_join_open), or NULL */
	char instance[256];			/* user or group name of a per-* set */
	char hostname[65];			/* expanded, "" for none */
	bool create;				/* create the set when absent */
	const struct pns_setup *setup;		/* the rule's, for new types */
	char netns[256];			/* /etc/netns name to apply, "" none */
	/* The /etc/netns name whose view the session's mount namespace
	 * carries: netns, or the one a joined set (mnt and net, of ours)
	 * bound when it was made.  pns_enter has it kept for the whole
	 * session.  "" none. */
	char view[256];
	/* The rule hides the user's service manager: pns_enter gives the
	 * session a private /run/user, with an empty runtime directory of
	 * uid:gid (the user's), in a mount namespace of its own. */
	bool hide_user_manager;
	uid_t uid;
	gid_t gid;
};

/*
 * Turn the matched rule into a plan for login l.  Expands and validates the
 * hostname and picks the per-user/per-group instance of the joined set
 * (checked with pns_name_valid: it names a directory of the store).  A rule
 * with action "none" gives a plan with every type PNS_KEEP.  The group names
 * group_from needs are looked up then (pns_match_groups): an NSS failure is
 * an error.
 */
int pns_plan_build(const struct pns_match *m, struct pns_login *l, struct pns_plan *p,
		   struct pns_err *e);

/* "mnt=new net,uts=join:lab (user alice)" into buf (always terminated), for
 * dry_run and debug lines. */
const char *pns_plan_str(const struct pns_plan *p, char *buf, size_t size);

/*
 * The hostname of set's uts namespace, made when an instance is created:
 * its template with %u the user of a per-user set and %g the group of a
 * per-group one (`instance`), validated.  0, or -1 with "hostname ... of
 * set S is not a valid host name" in *e (the set's file:line is the
 * caller's to add).
 */
int pns_set_hostname(const struct pns_set *set, const char *instance, char *buf, size_t size,
		     struct pns_err *e);

/* Expand %u %g %s %% in tmpl into buf. */
int pns_expand(const char *tmpl, const struct pns_login *l, const char *group,
	       char *buf, size_t size, struct pns_err *e);

#endif
