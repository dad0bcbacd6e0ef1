/* pam_ns_helper exec: run a command inside a set, as `ip netns exec` does. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "session/enter.h"
#include "helper/helper_store.h"
#include "session/plan.h"

/* The plan of an exec: join every type of the set; a set with net but no
 * mnt gets a mount namespace of its own as with `ip netns exec`.  The pins
 * come from the one verdict (pns_join_open), so exec refuses exactly what a
 * login would refuse. */
static int build_plan(const struct pns_helper_args *args, const struct pns_policy *pol,
		      const struct pns_set *set, const struct pns_inst *i, struct pns_plan *p,
		      struct pns_pins *pins)
{
	static const struct pns_setup exec_setup = { .propagation = PNS_PROP_SLAVE };
	struct pns_err e = { 0 };
	struct pns_inst_status st;
	char why[sizeof(st.why.msg) + 128];
	memset(p, 0, sizeof(*p));
	p->set = set;
	p->setup = &exec_setup;
	snprintf(p->instance, sizeof(p->instance), "%s", i->name);
	if (pns_join_open(pol->pin_dir, set, i->name, pins, &st, &e) < 0)
		goto fail;
	if (st.state == PNS_INST_ABSENT && !set->external) {
		pns_fail(&e, 0, "%s (`%s create` makes it)", st.why.msg, args->prog);
		goto fail;
	}
	if (st.state != PNS_INST_COMPLETE) {
		pns_fail(&e, 0, "%s", pns_join_verdict(set, &st, false, why, sizeof(why)));
		goto fail;
	}
	for (int t = 0; t < PNS_NTYPES; t++)
		if (pins->types & PNS_BIT(t))
			p->how[t] = PNS_JOIN;
	if ((pins->types & PNS_BIT(PNS_NET)) && !(pins->types & PNS_BIT(PNS_MNT))) {
		p->how[PNS_MNT] = PNS_NEW;
		if (set->setup.netns)
			snprintf(p->netns, sizeof(p->netns), "%s", set->setup.netns);
		else if (set->ip_netns && pns_inst_netns_name(i, p->netns, sizeof(p->netns), &e) < 0)
			goto fail;
	}
	return PNS_EXIT_OK;
fail:
	pns_pins_close(pins);
	pns_helper_error(args, "exec %s: %s", set->name, e.msg);
	return PNS_EXIT_FAIL;
}

static int run(const struct pns_helper_args *args, char **cmd)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		pns_helper_error(args, "fork: %s", strerror(errno));
		return PNS_EXIT_FAIL;
	}
	if (pid == 0) {
		execvp(cmd[0], cmd);
		int saved = errno;
		pns_helper_error(args, "%s: %s", PNS_ESC(cmd[0]), strerror(saved));
		_exit(saved == ENOENT ? 127 : 126);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			pns_helper_error(args, "waitpid: %s", strerror(errno));
			return PNS_EXIT_FAIL;
		}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + WTERMSIG(status);
}

int pns_cmd_exec(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	const char *name = args->set;
	int rc;
	struct pns_inst i;
	struct pns_plan *p = calloc(1, sizeof(*p));
	struct pns_pins pins;
	pns_pins_init(&pins);
	const struct pns_set *set = pns_policy_find_set(pol, name);
	if (!p) {
		pns_helper_error(args, "out of memory");
		rc = PNS_EXIT_FAIL;
	} else if (!set) {
		pns_helper_error(args, "no set named %s in %s", PNS_ESC(name), PNS_ESC(args->config));
		rc = PNS_EXIT_FAIL;
	} else if ((rc = pns_helper_target(args, set, args->user, args->group, false, &i)) !=
		   PNS_EXIT_OK) {
		/* message printed */
	} else if ((rc = build_plan(args, pol, set, &i, p, &pins)) == PNS_EXIT_OK) {
		struct pns_entered entered;
		struct pns_err e = { 0 };
		if (pns_enter(p, &pins, -1, &entered, NULL, NULL, &e) < 0) {
			pns_helper_error(args, "exec %s: %s", name, e.msg);
			rc = PNS_EXIT_FAIL;
		} else {
			rc = run(args, args->command);
		}
	}
	free(p);
	return rc;
}
