/* Who is logging in, how: the facts a rule is matched against. */
#ifndef PNS_LOGIN_H
#define PNS_LOGIN_H

#include <stdbool.h>
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

/*
 * Whether NSS knows the user (group false) or group (group true) called
 * `name`: getpwnam_r / getgrnam_r, the buffer grown on ERANGE.  1 known,
 * 0 unknown (no entry, or one of the errors getpwnam(3) lists as "not
 * found": ENOENT, ESRCH, EBADF, EPERM), -1 when NSS failed, with the
 * cause in *e (e->errnum its error).
 */
int pns_nss_known(const char *name, bool group, struct pns_err *e);

#endif
