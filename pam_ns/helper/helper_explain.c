/* pam_ns_helper explain: which rule a login gets, why, and what it means
 * for each namespace type — what an admin wants to know before rollout. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "helper/helper.h"
#include "common/json.h"
#include "session/login.h"
#include "session/match.h"
#include "store/pin.h"
#include "session/plan.h"
#include "policy/policy.h"
#include "store/store.h"

/* What one namespace type of the session would be, ready to print. */
struct type_view {
	const char *action;		/* "new", "joined", "untouched" */
	const char *pin;		/* joined: the pin path */
	const char *state;		/* joined: "exists", "missing", "invalid" */
	unsigned long id;		/* joined and existing: namespace id */
	char detail[PATH_MAX + 128];	/* a sentence for the table */
};

static void explain_usage(FILE *out, const char *prog)
{
	fprintf(out, "Usage: %s explain -u USER [-s SERVICE] [-r RHOST] [-t TTY] [-c FILE] [--json]\n\n"
		     "Show which rule a login would match (file:line), why, and what the\n"
		     "session would get per namespace type: new, joined (pin path and whether\n"
		     "it exists now) or untouched.  Nothing is changed.\n",
		prog);
}

static const char *setup_detail(enum pns_type t, const struct pns_plan *p)
{
	const struct pns_setup *s = p->setup;
	static char buf[256];
	buf[0] = '\0';
	switch (t) {
	case PNS_MNT:
		snprintf(buf, sizeof(buf), "propagation %s%s", pns_propagation_names[s->propagation],
			 s->tmp_private ? ", private /tmp" : "");
		break;
	case PNS_NET:
		snprintf(buf, sizeof(buf), "%s", s->loopback ? "lo up" : "lo down");
		break;
	case PNS_UTS:
		snprintf(buf, sizeof(buf), "hostname %s", p->hostname[0] ? p->hostname : "(inherited)");
		break;
	case PNS_PID:
		snprintf(buf, sizeof(buf), "session init as PID 1%s", s->proc ? ", fresh /proc" : "");
		break;
	case PNS_CGROUP:
	case PNS_IPC:
	case PNS_TIME:
	case PNS_NTYPES:
	default:
		break;
	}
	return buf;
}

static void view_type(const struct pns_plan *p, bool complete, enum pns_type t, struct type_view *v)
{
	memset(v, 0, sizeof(*v));
	switch (p->how[t]) {
	case PNS_NEW:
		v->action = "new";
		snprintf(v->detail, sizeof(v->detail), "%s", setup_detail(t, p));
		return;
	case PNS_JOIN: {
		struct pns_err e = { 0 };
		v->action = "joined";
		v->pin = p->pin[t];
		cleanup_close int fd = pns_pin_open(p->pin[t], t, &e);
		if (fd >= 0 && complete) {
			v->state = "exists";
			v->id = pns_ns_id(fd);
			snprintf(v->detail, sizeof(v->detail), "%s (exists, id %lu)", v->pin, v->id);
		} else if (fd >= 0 || e.errnum == ENOENT) {
			v->state = "missing";
			snprintf(v->detail, sizeof(v->detail), "%s (missing: %s)", v->pin,
				 p->create ? "created at login" : "the login would be refused");
		} else {
			v->state = "invalid";
			snprintf(v->detail, sizeof(v->detail), "%s", e.msg);
		}
		return;
	}
	case PNS_KEEP:
	default:
		v->action = "untouched";
		return;
	}
}

static bool instance_complete(const struct pns_policy *pol, const struct pns_plan *p)
{
	char dir[PATH_MAX];
	if (!p->set || p->set->external)
		return true;	/* every pin is checked on its own */
	if (pns_pin_instance_dir(pol->pin_dir, p->set, p->instance, dir, sizeof(dir), NULL) < 0)
		return false;
	struct pns_inst_status st;
	return pns_store_state_path(dir, p->set->types, &st, NULL) == 0 && st.state == PNS_INST_COMPLETE;
}

static void print_table(const struct pns_policy *pol, const struct pns_login *l,
			const struct pns_match *m, const struct pns_plan *p,
			const struct type_view *views, const char *plan_error)
{
	printf("login:    user %s (uid %u), service %s, rhost %s, tty %s\n", l->user, (unsigned)l->uid,
	       l->service[0] ? l->service : "(none)", l->rhost[0] ? l->rhost : "(local)",
	       l->tty[0] ? l->tty : "(none)");
	printf("groups:   ");
	for (size_t i = 0; i < l->ngroups; i++)
		printf("%s%s", i ? ", " : "", l->groups[i]);
	printf("\npolicy:   %s", pol->files.v[0]);
	if (pol->files.n > 1)
		printf(" (+%zu drop-in%s)", pol->files.n - 1, pol->files.n > 2 ? "s" : "");
	printf("\n");
	if (!m->rule) {
		printf("rule:     none matches: pam_ns leaves this session alone (PAM_IGNORE)\n");
		return;
	}
	printf("rule:     %s:%d\n", m->rule->file, m->rule->line);
	const char *w = m->why;
	for (bool first = true; *w; first = false) {
		const char *nl = strchr(w, '\n');
		int len = nl ? (int)(nl - w) : (int)strlen(w);
		printf("%s%.*s\n", first ? "why:      " : "          ", len, w);
		w += len + (nl ? 1 : 0);
	}
	if (m->rule->none) {
		printf("action:   none: pam_ns leaves this session alone (PAM_IGNORE)\n");
		return;
	}
	if (plan_error) {
		printf("error:    %s\n          the session would be refused (on_error = %s)\n", plan_error,
		       pol->on_error == PNS_ON_ERROR_ALLOW ? "allow: let through unisolated" : "deny");
		return;
	}
	if (p->set)
		printf("set:      %s (%s%s%s)%s\n", p->set->name, pns_scope_names[p->set->per],
		       p->instance[0] ? ", instance " : "", p->instance,
		       p->create ? ", created at first login if missing" : "");
	if (p->netns[0])
		printf("netns:    /etc/netns/%s bound over /etc\n", p->netns);
	printf("\n%-8s %-10s %s\n", "TYPE", "SESSION", "DETAIL");
	for (int t = 0; t < PNS_NTYPES; t++)
		printf("%-8s %-10s %s\n", pns_types[t].name, views[t].action, views[t].detail);
}

static void print_json(const struct pns_policy *pol, const struct pns_login *l,
		       const struct pns_match *m, const struct pns_plan *p,
		       const struct type_view *views, const char *plan_error)
{
	printf("{\"user\": ");
	pns_json_string(stdout, l->user);
	printf(", \"uid\": %u, \"service\": ", (unsigned)l->uid);
	pns_json_string(stdout, l->service);
	printf(", \"rhost\": ");
	pns_json_string(stdout, l->rhost);
	printf(", \"tty\": ");
	pns_json_string(stdout, l->tty);
	printf(", \"groups\": [");
	for (size_t i = 0; i < l->ngroups; i++) {
		printf("%s", i ? ", " : "");
		pns_json_string(stdout, l->groups[i]);
	}
	printf("], \"policy\": [");
	for (size_t i = 0; i < pol->files.n; i++) {
		printf("%s", i ? ", " : "");
		pns_json_string(stdout, pol->files.v[i]);
	}
	printf("], \"rule\": ");
	if (!m->rule) {
		printf("null, \"action\": \"ignore\"}\n");
		return;
	}
	printf("{\"file\": ");
	pns_json_string(stdout, m->rule->file);
	printf(", \"line\": %d}, \"why\": [", m->rule->line);
	bool first = true;
	for (const char *w = m->why; *w;) {
		const char *nl = strchr(w, '\n');
		size_t len = nl ? (size_t)(nl - w) : strlen(w);
		char line[sizeof(m->why)];
		snprintf(line, sizeof(line), "%.*s", (int)len, w);
		printf("%s", first ? "" : ", ");
		pns_json_string(stdout, line);
		first = false;
		w += len + (nl ? 1 : 0);
	}
	printf("], \"matched_group\": ");
	pns_json_string(stdout, m->group);
	if (m->rule->none) {
		printf(", \"action\": \"none\"}\n");
		return;
	}
	if (plan_error) {
		printf(", \"action\": \"refuse\", \"error\": ");
		pns_json_string(stdout, plan_error);
		printf(", \"on_error\": \"%s\"}\n", pol->on_error == PNS_ON_ERROR_ALLOW ? "allow" : "deny");
		return;
	}
	printf(", \"action\": \"isolate\", \"set\": ");
	pns_json_string(stdout, p->set ? p->set->name : NULL);
	printf(", \"instance\": ");
	pns_json_string(stdout, p->instance[0] ? p->instance : NULL);
	printf(", \"create\": %s, \"hostname\": ", p->create ? "true" : "false");
	pns_json_string(stdout, p->hostname[0] ? p->hostname : NULL);
	printf(", \"netns\": ");
	pns_json_string(stdout, p->netns[0] ? p->netns : NULL);
	printf(", \"types\": {");
	for (int t = 0; t < PNS_NTYPES; t++) {
		const struct type_view *v = &views[t];
		printf("%s\"%s\": {\"session\": \"%s\"", t ? ", " : "", pns_types[t].name, v->action);
		if (v->pin) {
			printf(", \"pin\": ");
			pns_json_string(stdout, v->pin);
			printf(", \"state\": \"%s\"", v->state);
			if (v->id)
				printf(", \"id\": %lu", v->id);
		}
		printf("}");
	}
	printf("}}\n");
}

int pns_cmd_explain(struct pns_helper_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "user", required_argument, NULL, 'u' },
		{ "service", required_argument, NULL, 's' },
		{ "rhost", required_argument, NULL, 'r' },
		{ "tty", required_argument, NULL, 't' },
		{ "config", required_argument, NULL, 'c' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *user = NULL, *service = NULL, *rhost = NULL, *tty = NULL;
	bool json = false;
	int c;
	while ((c = getopt_long(argc, argv, "u:s:r:t:c:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'u':
			user = optarg;
			break;
		case 's':
			service = optarg;
			break;
		case 'r':
			rhost = optarg;
			break;
		case 't':
			tty = optarg;
			break;
		case 'c':
			ctx->config = optarg;
			break;
		case 'j':
			json = true;
			break;
		case 'h':
			explain_usage(stdout, ctx->prog);
			return PNS_EXIT_OK;
		default:
			explain_usage(stderr, ctx->prog);
			return PNS_EXIT_USAGE;
		}
	}
	if (!user || optind != argc) {
		explain_usage(stderr, ctx->prog);
		return PNS_EXIT_USAGE;
	}

	struct pns_policy *pol = pns_helper_load_policy(ctx);
	if (!pol)
		return PNS_EXIT_POLICY;
	struct pns_err e = { 0 };
	struct pns_login l;
	if (pns_login_lookup(&l, user, service, rhost, tty, &e) < 0) {
		pns_helper_error(ctx, "%s", e.msg);
		pns_policy_free(pol);
		return PNS_EXIT_FAIL;
	}

	struct pns_match m;
	pns_match_rule(pol, &l, &m);
	static struct pns_plan p;	/* large: PNS_NTYPES paths */
	struct type_view views[PNS_NTYPES];
	const char *plan_error = NULL;
	if (pns_plan_build(pol, &m, &l, &p, &e) < 0) {
		plan_error = e.msg;
	} else {
		bool complete = instance_complete(pol, &p);
		for (int t = 0; t < PNS_NTYPES; t++)
			view_type(&p, complete, (enum pns_type)t, &views[t]);
	}
	if (json)
		print_json(pol, &l, &m, &p, views, plan_error);
	else
		print_table(pol, &l, &m, &p, views, plan_error);

	pns_login_free(&l);
	pns_policy_free(pol);
	return PNS_EXIT_OK;
}
