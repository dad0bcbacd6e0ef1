/* Who is logging in, how: the facts a rule is matched against. */
#ifndef PNS_LOGIN_H
#define PNS_LOGIN_H

#include <stddef.h>
#include <sys/types.h>

#include "common/util.h"

struct pns_login {
	char *user;
	uid_t uid;
	gid_t gid;
	char *service;		/* PAM_SERVICE, "" if unset */
	char *rhost;		/* PAM_RHOST, "" for a local login */
	char *tty;		/* PAM_TTY, "" if unset */
	char **groups;		/* names, primary first, supplementary after */
	size_t ngroups;
};

/*
 * Fill *l for `user` through NSS: getpwnam_r, then getgrouplist (growing
 * the buffer, so users in thousands of groups work) and getgrgid_r for each
 * gid.  A gid without a name is kept as its decimal number.  service, rhost
 * and tty may be NULL.
 */
int pns_login_lookup(struct pns_login *l, const char *user, const char *service,
		     const char *rhost, const char *tty, struct pns_err *e);

void pns_login_free(struct pns_login *l);

#endif
