/* pam_ns_helper exec: run a command inside a set, as `ip netns exec` does. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "session/enter.h"
#include "helper/helper_store.h"
#include "store/pin.h"
#include "session/plan.h"

static void exec_usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s exec SET [-u USER | -g GROUP] -- COMMAND [ARG...]\n\n"
		     "Enter every namespace of SET (mount namespace last) and run COMMAND there;\n"
		     "exit with its status.  A set with net but no mnt gets a new mount namespace\n"
		     "(propagation slave) with /sys remounted and /etc/netns/NAME applied, as\n"
		     "`ip netns exec` does.  An incomplete set is refused.\n\n"
		     "Options:\n"
		     "  -u, --user USER    the instance of a per-user set\n"
		     "  -g, --group GROUP  the instance of a per-group set\n"
		     "  -h, --help         this help\n", prog);
}

/* Refuse sets being created or left half-made by a crash, and say why. */
static int check_complete(const struct pns_helper_ctx *ctx, const struct pns_policy *pol,
			  const struct pns_set *set, const struct pns_inst *i)
{
	char dir[PATH_MAX], label[600];
	struct pns_err e = { 0 };
	if (pns_pin_instance_dir(pol->pin_dir, set, i->name, dir, sizeof(dir), &e) < 0) {
		pns_helper_error(ctx, "%s", e.msg);
		return PNS_EXIT_FAIL;
	}
	struct pns_store s = { .fd = -1 };
	if (pns_helper_store_open(ctx, pol, false, &s) != PNS_EXIT_OK)
		return PNS_EXIT_FAIL;
	struct pns_inst_status status;
	int rc = pns_store_state(&s, i, set->types, &status, &e);
	pns_store_close(&s);
	pns_inst_label(i, label, sizeof(label));
	if (rc < 0) {
		pns_helper_error(ctx, "set %s: %s", label, e.msg);
		return PNS_EXIT_FAIL;
	}
	switch (status.state) {
	case PNS_INST_COMPLETE:
		return PNS_EXIT_OK;
	case PNS_INST_ABSENT:
		pns_helper_error(ctx, "set %s is not pinned: %s does not exist (run `%s create` first)",
				 label, dir, ctx->prog);
		break;
	case PNS_INST_ELSEWHERE:
		pns_helper_error(ctx, "set %s: %s", label, status.why.msg);
		break;
	case PNS_INST_INCOMPLETE:
	default:
		if (status.created)	/* marked complete, but a pin is gone or wrong */
			pns_helper_error(ctx, "set %s is incomplete: %s (`%s delete` and `%s create` "
					 "make it again)", label, status.why.msg, ctx->prog, ctx->prog);
		else
			pns_helper_error(ctx, "set %s is incomplete (%s has no %s: its creation is "
					 "under way or crashed; `%s create` makes it again)", label, dir,
					 PNS_COMPLETE_MARK, ctx->prog);
		break;
	}
	return PNS_EXIT_FAIL;
}

static int build_plan(const struct pns_helper_ctx *ctx, const struct pns_policy *pol,
		      const struct pns_set *set, const struct pns_inst *i, struct pns_plan *p)
{
	/* Only the mount namespace exec makes for a net-only set. */
	static const struct pns_setup exec_setup = { .propagation = PNS_PROP_SLAVE };
	struct pns_err e = { 0 };
	unsigned types = 0;
	memset(p, 0, sizeof(*p));
	p->set = set;
	p->setup = &exec_setup;
	snprintf(p->instance, sizeof(p->instance), "%s", i->name);
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(set->external ? set->paths[t] != NULL : (set->types & PNS_BIT(t)) != 0))
			continue;
		types |= PNS_BIT(t);
		p->how[t] = PNS_JOIN;
		if (pns_pin_path(pol->pin_dir, set, i->name, (enum pns_type)t, p->pin[t],
				 sizeof(p->pin[t]), &e) < 0)
			goto fail;
		/* Checked here too, so a bad pin is named before anything moves. */
		int fd = pns_pin_open(p->pin[t], (enum pns_type)t, &e);
		if (fd < 0)
			goto fail;
		close(fd);
	}
	if ((types & PNS_BIT(PNS_NET)) && !(types & PNS_BIT(PNS_MNT))) {
		p->how[PNS_MNT] = PNS_NEW;
		if (set->setup.netns)
			snprintf(p->netns, sizeof(p->netns), "%s", set->setup.netns);
		else if (set->ip_netns && pns_inst_netns_name(i, p->netns, sizeof(p->netns), &e) < 0)
			goto fail;
	}
	return PNS_EXIT_OK;
fail:
	pns_helper_error(ctx, "exec %s: %s", set->name, e.msg);
	return PNS_EXIT_FAIL;
}

static int run(const struct pns_helper_ctx *ctx, char **cmd)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0) {
		pns_helper_error(ctx, "fork: %s", strerror(errno));
		return PNS_EXIT_FAIL;
	}
	if (pid == 0) {
		execvp(cmd[0], cmd);
		int saved = errno;
		pns_helper_error(ctx, "%s: %s", cmd[0], strerror(saved));
		_exit(saved == ENOENT ? 127 : 126);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			pns_helper_error(ctx, "waitpid: %s", strerror(errno));
			return PNS_EXIT_FAIL;
		}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + WTERMSIG(status);
}

int pns_cmd_exec(struct pns_helper_ctx *ctx, int argc, char **argv)
{
	/* Our options end at "--": the command's own are never parsed here. */
	int dashes = 1;
	while (dashes < argc && strcmp(argv[dashes], "--"))
		dashes++;
	struct pns_target_args t;
	int parsed = pns_helper_parse_target(dashes, argv, "", &t);
	if (parsed == PNS_EXIT_OK && dashes + 1 >= argc)
		parsed = PNS_EXIT_USAGE;	/* no command after "--" */
	if (parsed != PNS_EXIT_OK) {
		exec_usage(parsed < 0 ? stdout : stderr, ctx->prog);
		return parsed < 0 ? PNS_EXIT_OK : parsed;
	}
	const char *name = t.set, *user = t.user, *group = t.group;
	char **cmd = argv + dashes + 1;
	struct pns_policy *pol = pns_helper_load_policy(ctx);
	if (!pol)
		return PNS_EXIT_POLICY;
	int rc;
	struct pns_inst i;
	struct pns_plan *p = calloc(1, sizeof(*p));	/* PATH_MAX per type: not on the stack */
	const struct pns_set *set = pns_policy_find_set(pol, name);
	if (!p) {
		pns_helper_error(ctx, "out of memory");
		rc = PNS_EXIT_FAIL;
	} else if (!set) {
		pns_helper_error(ctx, "no set named %s in %s", name, ctx->config);
		rc = PNS_EXIT_FAIL;
	} else if ((rc = pns_helper_target(ctx, set, user, group, false, &i)) != PNS_EXIT_OK) {
		/* message printed */
	} else if (!set->external && (rc = check_complete(ctx, pol, set, &i)) != PNS_EXIT_OK) {
		/* message printed */
	} else if ((rc = build_plan(ctx, pol, set, &i, p)) == PNS_EXIT_OK) {
		struct pns_entered entered;
		struct pns_err e = { 0 };
		if (pns_enter(p, &entered, NULL, NULL, &e) < 0) {
			pns_helper_error(ctx, "exec %s: %s", name, e.msg);
			rc = PNS_EXIT_FAIL;
		} else {
			rc = run(ctx, cmd);
		}
	}
	free(p);
	pns_policy_free(pol);
	return rc;
}
