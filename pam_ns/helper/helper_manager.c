/* pam_ns_helper manager: whether the user's service manager may start,
 * for user@.service's ExecCondition= (pam_ns(8), SYSTEMD HOSTS). */
#include <ctype.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helper/helper.h"
#include "helper/helper_pamd.h"
#include "session/login.h"
#include "session/match.h"

bool pns_manager_stack_runs_pam_ns(void)
{
	struct pns_pamd stack;
	pns_pamd_read(PNS_MANAGER_SERVICE, &stack);
	return stack.real;
}

int pns_cmd_manager(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	/* Nothing to go by (main printed why): the module decides in the
	 * manager's PAM session, and refuses it there if it must. */
	if (!pol)
		return PNS_EXIT_OK;
	/* user@.service names the user by uid (%i). */
	const char *user = args->user;
	char *end = NULL;
	if (isdigit((unsigned char)user[0])) {
		unsigned long uid = strtoul(user, &end, 10);
		struct passwd *pw = *end ? NULL : getpwuid((uid_t)uid);
		if (!pw) {
			pns_helper_error(args, "manager: no user with uid %s", PNS_ESC(user));
			return PNS_EXIT_FAIL;
		}
		user = pw->pw_name;
	}
	struct pns_err e = { 0 };
	struct pns_login l;
	if (pns_login_lookup(&l, user, PNS_MANAGER_SERVICE, "", "", &e) < 0) {
		pns_helper_error(args, "manager: %s", e.msg);
		return PNS_EXIT_FAIL;
	}
	struct pns_match m;
	bool in_stack = pns_manager_stack_runs_pam_ns();
	const struct pns_rule *hider = NULL;
	if (pns_match_rule(pol, &l, &m, &e) < 0 ||
	    (in_stack && pns_match_manager_hider(pol, &l, &m, &hider, &e) < 0)) {
		pns_helper_error(args, "manager: %s", e.msg);
		pns_login_free(&l);
		return PNS_EXIT_FAIL;
	}
	if (hider) {
		char why[PATH_MAX + 160];
		printf("the service manager of %s is not started: %s\n", PNS_ESC(l.user),
		       pns_manager_refusal(hider, &m, why, sizeof(why)));
	} else if (args->verbose) {
		printf("the service manager of %s may start%s\n", PNS_ESC(l.user),
		       in_stack ? "" : " (pam_ns is not in its PAM stack)");
	}
	pns_login_free(&l);
	return hider ? PNS_EXIT_FAIL : PNS_EXIT_OK;
}
