/* pam_ns_helper manager: whether the user's service manager may start,
 * for user@.service's ExecCondition= (pam_ns(8), SYSTEMD HOSTS). */
#include <ctype.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helper/helper.h"
#include "session/login.h"
#include "session/match.h"

/* The next word of *p (blanks skipped; a "[...]" control as one word),
 * NUL-terminated in place; NULL at the end of the line. */
static char *word(char **p)
{
	char *w = *p + strspn(*p, " \t\n");
	if (!*w)
		return NULL;
	char *end = *w == '[' ? strchr(w, ']') : NULL;
	end = end ? end + 1 : w + strcspn(w, " \t\n");
	*p = *end ? end + 1 : end;
	*end = '\0';
	return w;
}

/* Whether the PAM stack in `file` (with what it includes: @include,
 * include, substack, relative to /etc/pam.d) runs pam_ns for real: a
 * session line of pam_ns.so without dry_run.  The drop-in acts only where
 * the module would: not where pam_ns is installed but not enabled, or
 * enabled on trial. */
static bool stack_runs_pam_ns_in(const char *file, int depth)
{
	FILE *f = depth < 8 ? fopen(file, "re") : NULL;
	char line[1024], path[512];
	bool found = false;
	while (f && !found && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "#")] = '\0';
		char *p = line, *type = word(&p), *control = word(&p), *module = word(&p);
		const char *inc = type && !strcmp(type, "@include") ? control :
				  type && module && !strcmp(type, "session") &&
				  (!strcmp(control, "include") || !strcmp(control, "substack")) ? module : NULL;
		if (inc) {
			snprintf(path, sizeof(path), "%s%s", inc[0] == '/' ? "" : "/etc/pam.d/", inc);
			found = stack_runs_pam_ns_in(path, depth + 1);
		} else if (type && module && !strcmp(type, "session")) {
			const char *base = strrchr(module, '/');
			found = !strcmp(base ? base + 1 : module, "pam_ns.so") && !strstr(p, "dry_run");
		}
	}
	if (f)
		fclose(f);
	return found;
}

bool pns_manager_stack_runs_pam_ns(void)
{
	/* The manager's PAM stack: the admin's, else systemd's own. */
	const char *stack = access("/etc/pam.d/" PNS_MANAGER_SERVICE, F_OK) == 0 ?
			    "/etc/pam.d/" PNS_MANAGER_SERVICE : "/usr/lib/pam.d/" PNS_MANAGER_SERVICE;
	return stack_runs_pam_ns_in(stack, 0);
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
			pns_helper_error(args, "manager: no user with uid %s", user);
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
	pns_match_rule(pol, &l, &m);
	bool in_stack = pns_manager_stack_runs_pam_ns();
	const struct pns_rule *hider = in_stack ? pns_match_manager_hider(pol, &l, &m) : NULL;
	if (hider)
		printf("the service manager of %s is not started: rule %s:%d hides it from the user's "
		       "sessions (user_manager)%s\n", l.user, hider->file, hider->line,
		       hider == m.rule ? "" : ", and no rule places the manager itself");
	else if (args->verbose)
		printf("the service manager of %s may start%s\n", l.user,
		       in_stack ? "" : " (pam_ns is not in its PAM stack)");
	pns_login_free(&l);
	return hider ? PNS_EXIT_FAIL : PNS_EXIT_OK;
}
