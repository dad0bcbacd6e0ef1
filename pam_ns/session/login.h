/* Who is logging in, how: the facts a rule is matched against. */
#ifndef PNS_LOGIN_H
#define PNS_LOGIN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "common/util.h"

/* A group name a rule gave literally, and whether the user is in it
 * (pns_login_in_group's answer, kept for the rest of the login). */
struct pns_login_named {
	char *name;
	bool member;
};

struct pns_login {
	char *user;
	uid_t uid;
	gid_t gid;
	char *service;		/* PAM_SERVICE, "" if unset */
	char *rhost;		/* PAM_RHOST, "" for a local login */
	char *tty;		/* PAM_TTY, "" if unset */
	/* Primary first, supplementary after, each once: NULL until
	 * pns_login_groups (a rule with a group criterion, explain). */
	gid_t *gids;
	size_t ngroups;
	/* The names of gids, looked up only when a rule needs them (a
	 * wildcard group pattern, explain): NULL until then, and an entry
	 * NULL until pns_login_group_name names it. */
	char **groups;
	/* Literal group names already answered (pns_login_in_group). */
	struct pns_login_named *named;
	size_t nnamed;
};

/*
 * Fill *l for `user` through NSS: getpwnam_r, whose name for the user
 * (l->user, the one rules are matched against) may differ from `user` in
 * case or domain.  The groups are not listed here (pns_login_groups): only
 * a rule with a group criterion needs them, and a user in thousands of
 * LDAP groups would pay getgrouplist at every login.  service, rhost and
 * tty may be NULL.  0, or -1 with *e ("unknown user NAME", or the NSS
 * error), l then empty.
 */
int pns_login_lookup(struct pns_login *l, const char *user, const char *service,
		     const char *rhost, const char *tty, struct pns_err *e);

/*
 * The user's groups into l->gids and l->ngroups, once per login:
 * getgrouplist(3), growing the buffer, so users in thousands of groups
 * work.  No group is named here: most policies name a few groups or none.
 * 0, or -1 with "looking up the groups of USER: ..." in *e.
 */
int pns_login_groups(struct pns_login *l, struct pns_err *e);

/*
 * The name of the user's i-th group (0 the primary; i < l->ngroups once
 * pns_login_groups, which this calls, has listed them): getgrgid_r once
 * per login, kept in l.  A gid without a name is its
 * decimal number (it can match a numeric pattern and nothing else).  NULL
 * when NSS failed, with "looking up group GID: ..." in *e: never a guess,
 * so a group rule cannot silently stop matching because LDAP or SSSD had
 * a bad moment.
 */
const char *pns_login_group_name(struct pns_login *l, size_t i, struct pns_err *e);

/* Every group of l listed and named (explain prints them): 0, or -1 as
 * above. */
int pns_login_name_groups(struct pns_login *l, struct pns_err *e);

/*
 * Whether the user is in the group called `name`, as naming all the
 * user's groups and comparing would say, at the cost of one getgrnam_r
 * (once per name and login): the group NSS gives for the name, under
 * that very name (a backend that folds case or adds a domain answers
 * for another spelling), is one of l->gids; or `name` is the decimal
 * number of one of l->gids that has no name.  1 yes, 0 no (a group NSS
 * does not know is in no one's groups), -1 when NSS failed, with
 * "looking up group NAME: ..." in *e.
 */
int pns_login_in_group(struct pns_login *l, const char *name, struct pns_err *e);

void pns_login_free(struct pns_login *l);

/*
 * Whether NSS knows the user (group false) or group (group true) called
 * `name`: getpwnam_r / getgrnam_r, the buffer grown on ERANGE.  1 known,
 * 0 unknown (no entry, or one of the errors getpwnam(3) lists as "not
 * found": ENOENT, ESRCH, EBADF, EPERM), -1 when NSS failed, with the
 * cause in *e (e->errnum its error).
 */
int pns_nss_known(const char *name, bool group, struct pns_err *e);

#endif
