/* pam_ns_helper explain: which rule a login gets, why, and what it means
 * for each namespace type — what an admin wants to know before rollout.
 * explain --all is in helper_explain_all.c. */
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "helper/helper.h"
#include "helper/helper_pamd.h"
#include "session/setup.h"
#include "common/json.h"
#include "session/login.h"
#include "session/match.h"
#include "session/plan.h"
#include "policy/policy.h"
#include "store/store.h"
#include "store/uplink.h"

/* What one namespace type of the session would be, ready to print. */
struct type_view {
	const char *action;		/* "new", "joined", "untouched" */
	char pin[PATH_MAX + 16];	/* joined: the pin (external: its path; else its path in the store) */
	const char *state;		/* joined: "exists", "missing", "invalid" */
	unsigned long id;		/* joined and existing: namespace id */
	char detail[PATH_MAX + 128];	/* a sentence for the table */
};

/*
 * What setup s does in a namespace of type t it makes, into buf ("" for
 * nothing): a rule's in the session's new namespaces, or, with set, the
 * set's when the set is created (made: the set's types; hostname: expanded
 * for the instance; ip_netns: its /run/netns name, "" for none).
 */
static const char *setup_detail(enum pns_type t, const struct pns_setup *s, const struct pns_set *set,
				unsigned made, const char *hostname, const char *ip_netns, char *buf,
				size_t size)
{
	char tmp[64] = "", more[PATH_MAX] = "";
	buf[0] = '\0';
	switch (t) {
	case PNS_MNT:
		if (s->tmp_private)
			snprintf(tmp, sizeof(tmp), ", private /tmp (size %s)", PNS_ESC(pns_tmp_size(s)));
		/* A set's netns is bound in its own mount namespace when it is
		 * made; a rule's is applied to the session (the netns line). */
		if (set && s->netns && (made & PNS_BIT(PNS_NET)))
			snprintf(more, sizeof(more), ", /etc/netns/%s bound over /etc", PNS_ESC(s->netns));
		snprintf(buf, size, "propagation %s%s%s", pns_propagation_names[s->propagation], tmp, more);
		break;
	case PNS_NET:
		if (ip_netns && ip_netns[0])
			snprintf(more, sizeof(more), ", also %s/%s (ip netns)", PNS_RUN_NETNS, PNS_ESC(ip_netns));
		snprintf(buf, size, "%s%s", s->loopback ? "lo up" : "lo down", more);
		break;
	case PNS_UTS:
		if (hostname && hostname[0] && set)
			snprintf(buf, size, "hostname %s (from \"%s\")", PNS_ESC(hostname), PNS_ESC(s->hostname));
		else if (hostname && hostname[0])
			snprintf(buf, size, "hostname %s", PNS_ESC(hostname));
		else
			snprintf(buf, size, "hostname %s", set ? "(the host's, when the set was made)" :
								"(inherited)");
		break;
	case PNS_PID:
		snprintf(buf, size, "%s as PID 1%s", set ? "pam_ns-init" : "session init",
			 s->proc && (made & PNS_BIT(PNS_MNT)) ? ", fresh /proc" : "");
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

/*
 * What the joined set brought along when its namespaces were made (its own
 * setup, not the rule's): the hostname expanded for the instance as create
 * expands it (%u the user of a per-user set, %g the group of a per-group
 * one), and its /run/netns name with ip_netns.  Nothing for a set pinned by
 * someone else.
 */
struct set_setup_view {
	bool shown;			/* a set of ours is joined */
	char hostname[65];		/* expanded, "" for none */
	char hostname_error[sizeof(((struct pns_err *)0)->msg)];	/* why it cannot be */
	char ip_netns[NAME_MAX + 1];	/* name under /run/netns, "" for none */
};

static void view_set_setup(const struct pns_plan *p, struct set_setup_view *v)
{
	const struct pns_set *set = p->set;
	memset(v, 0, sizeof(*v));
	if (!set || set->external)
		return;
	v->shown = true;
	struct pns_err e = { 0 };
	if (set->setup.hostname && (set->types & PNS_BIT(PNS_UTS)) &&
	    pns_set_hostname(set, p->instance, v->hostname, sizeof(v->hostname), &e) < 0) {
		snprintf(v->hostname_error, sizeof(v->hostname_error), "%s", e.msg);
		v->hostname[0] = '\0';
	}
	struct pns_inst i;
	if (set->ip_netns && (set->types & PNS_BIT(PNS_NET)) &&
	    (pns_inst_of(&i, set, p->instance, NULL) < 0 ||
	     pns_inst_netns_name(&i, v->ip_netns, sizeof(v->ip_netns), NULL) < 0))
		v->ip_netns[0] = '\0';
}

/* What the login would do with the set: the one verdict, as the module
 * would log it. */
struct set_view {
	struct pns_inst_status st;
	struct pns_pins pins;
	char verdict[sizeof(((struct pns_err *)0)->msg) + 128];
};

static void view_set(const struct pns_policy *pol, const struct pns_plan *p, struct set_view *sv)
{
	struct pns_err e = { 0 };
	memset(sv, 0, sizeof(*sv));
	pns_pins_init(&sv->pins);
	if (!p->set)
		return;
	if (pns_join_open(pol->pin_dir, p->set, p->instance, &sv->pins, &sv->st, &e) < 0) {
		sv->st.state = PNS_INST_INCOMPLETE;
		snprintf(sv->verdict, sizeof(sv->verdict), "%s", e.msg);
		return;
	}
	pns_join_verdict(p->set, &sv->st, p->create, sv->verdict, sizeof(sv->verdict));
}

/* What becomes of a login the module cannot isolate, under on_error. */
static const char *refused_phrase(const struct pns_policy *pol)
{
	return pol->on_error == PNS_ON_ERROR_ALLOW ?
	       "the login would go through unisolated (on_error = allow)" : "the login would be refused";
}

static void view_type(const struct pns_plan *p, const struct set_view *sv, const char *refused,
		      enum pns_type t, struct type_view *v)
{
	memset(v, 0, sizeof(*v));
	switch (p->how[t]) {
	case PNS_NEW:
		v->action = "new";
		setup_detail(t, p->setup, NULL, p->rule->unshare, p->hostname, NULL, v->detail,
			     sizeof(v->detail));
		return;
	case PNS_JOIN: {
		struct pns_inst i;
		char rel[PATH_MAX - 16];
		v->action = "joined";
		if (p->set->external)
			snprintf(v->pin, sizeof(v->pin), "%s", p->set->paths[t]);
		else if (pns_inst_of(&i, p->set, p->instance, NULL) == 0 &&
			 pns_inst_rel(&i, rel, sizeof(rel), NULL) == 0)
			snprintf(v->pin, sizeof(v->pin), "/%s/%s", rel, pns_types[t].name);
		if (sv->pins.types & PNS_BIT(t)) {
			v->state = "exists";
			v->id = sv->pins.ids[t];
			snprintf(v->detail, sizeof(v->detail), "%s (exists, id %lu)", PNS_ESC(v->pin), v->id);
		} else if (sv->st.state == PNS_INST_ABSENT) {
			v->state = "missing";
			snprintf(v->detail, sizeof(v->detail), "%s (missing: %s)", PNS_ESC(v->pin),
				 p->create && !p->set->external ? "created at login"
								 : refused);
		} else {
			v->state = "invalid";
			snprintf(v->detail, sizeof(v->detail), "%s (%s)", PNS_ESC(v->pin),
				 p->create && !p->set->external ? "made again at login"
								 : refused);
		}
		return;
	}
	case PNS_KEEP:
	default:
		v->action = "untouched";
		return;
	}
}

/* The uplink line: what the instance's link would be, or why it cannot be
 * made (the address), as pns_uplink_make decides it. */
static void print_uplink(const struct pns_set *set, const char *instance)
{
	const struct pns_uplink *u = &set->uplink;
	struct pns_inst i;
	struct pns_err e = { 0 };
	char host[PNS_IFNAMSIZ], addr[INET6_ADDRSTRLEN] = "", gw[INET6_ADDRSTRLEN] = "";
	if (pns_inst_init(&i, set->name, set->per, instance, &e) < 0) {
		printf("uplink:   %s\n", e.msg);
		return;
	}
	pns_uplink_host_name(&i, host);
	printf("uplink:   %s in the set", PNS_ESC(u->inside));
	if (u->family) {
		unsigned char a[16];
		if (pns_uplink_instance_address(u, &i, a, &e) < 0)
			printf(", no address: %s", e.msg);
		else
			printf(", %s/%u", inet_ntop(u->family, a, addr, sizeof(addr)) ? addr : "?", u->prefix);
		if (u->gateway)
			printf(", default route via %s", inet_ntop(u->family, u->gw, gw, sizeof(gw)) ? gw : "?");
	}
	printf("; host end %s", PNS_ESC(host));
	if (u->bridge[0])
		printf(" on bridge %s%s", PNS_ESC(u->bridge), u->isolated ? " (an isolated port)" : "");
	printf("\n");
}

/* The "brings:" lines of the table: the set's own setup, per type. */
static void print_set_brings(const struct pns_set *set, const struct set_setup_view *v)
{
	char buf[PATH_MAX + 256];
	bool first = true;
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (!(set->types & PNS_BIT(t)))
			continue;
		if (t == PNS_UTS && v->hostname_error[0])
			snprintf(buf, sizeof(buf), "no hostname: %s (creating the set fails)",
				 v->hostname_error);
		else
			setup_detail((enum pns_type)t, &set->setup, set, set->types, v->hostname,
				     v->ip_netns, buf, sizeof(buf));
		if (!buf[0])
			continue;
		printf("%s%-5s%s\n", first ? "brings:   " : "          ", pns_types[t].name, buf);
		first = false;
	}
}

/* l: its groups named (pns_login_name_groups). */
static void print_table(const struct pns_policy *pol, const struct pns_login *l,
			const struct pns_match *m, const struct pns_plan *p, const struct set_view *sv,
			const struct set_setup_view *ssv, const struct type_view *views,
			const char *plan_error)
{
	/* Every name from NSS, PAM or the policy through PNS_ESC: a group
	 * name with ESC in it must not drive the admin's terminal. */
	printf("login:    user %s (uid %u), service %s, rhost %s, tty %s\n", PNS_ESC(l->user), (unsigned)l->uid,
	       l->service[0] ? PNS_ESC(l->service) : "(none)", l->rhost[0] ? PNS_ESC(l->rhost) : "(local)",
	       l->tty[0] ? PNS_ESC(l->tty) : "(none)");
	printf("groups:   ");
	for (size_t i = 0; i < l->ngroups; i++)
		printf("%s%s", i ? ", " : "", PNS_ESC(l->groups[i]));
	printf("\npolicy:   %s", PNS_ESC(pol->files.v[0]));
	if (pol->files.n > 1)
		printf(" (+%zu drop-in%s)", pol->files.n - 1, pol->files.n > 2 ? "s" : "");
	printf("\n");
	if (!m->rule) {
		printf("rule:     none matches: pam_ns leaves this session alone (PAM_IGNORE)\n");
		return;
	}
	printf("rule:     %s:%d\n", PNS_ESC(m->rule->file), m->rule->line);
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
	if (p->set) {
		printf("set:      %s (%s%s%s)%s\n", PNS_ESC(p->set->name), pns_scope_names[p->set->per],
		       p->instance[0] ? ", instance " : "", PNS_ESC(p->instance),
		       p->create ? ", created at first login if missing" : "");
		printf("state:    %s\n", sv->verdict);
	}
	if (ssv->shown)
		print_set_brings(p->set, ssv);
	/* What the helper runs when it makes (and before it deletes) the set. */
	if (p->set && !p->set->external && (p->set->hooks.create || p->set->hooks.delete_))
		printf("hooks:    create %s, delete %s (at most %d s each)\n",
		       p->set->hooks.create ? PNS_ESC(p->set->hooks.create) : "none",
		       p->set->hooks.delete_ ? PNS_ESC(p->set->hooks.delete_) : "none", p->set->hooks.timeout_s);
	if (p->set && !p->set->external && p->set->uplink.on)
		print_uplink(p->set, p->instance);
	if (p->netns[0])
		printf("netns:    /etc/netns/%s bound over /etc\n", PNS_ESC(p->netns));
	printf("user mgr: %s\n", p->hide_user_manager ?
	       "hidden: a private " PNS_RUNTIME_ROOT ", and no process outside the session in its /proc" :
	       "reachable: the user's service manager, outside these namespaces, can be asked to run "
	       "anything");
	printf("\n%-8s %-10s %s\n", "TYPE", "SESSION", "DETAIL");
	for (int t = 0; t < PNS_NTYPES; t++)
		printf("%-8s %-10s %s\n", pns_types[t].name, views[t].action, views[t].detail);
}

/* A JSON boolean, or null where the setting does not apply. */
static const char *json_bool(bool applies, bool value)
{
	return !applies ? "null" : value ? "true" : "false";
}

/*
 * Setup s as JSON, for the namespaces of types `made` it applies to (a
 * rule's new ones, or the set's): null for a setting whose type is not
 * made.  With set (and v, what the set brings), also the set's netns, its
 * /run/netns entry and why its hostname cannot be made.
 */
static void print_setup_json(const struct pns_setup *s, unsigned made, const char *hostname,
			     const struct pns_set *set, const struct set_setup_view *v)
{
	bool mnt = made & PNS_BIT(PNS_MNT), net = made & PNS_BIT(PNS_NET);
	bool uts = made & PNS_BIT(PNS_UTS), pid = made & PNS_BIT(PNS_PID);
	printf("{\"hostname\": ");
	pns_json_string(stdout, uts && hostname[0] ? hostname : NULL);
	printf(", \"hostname_template\": ");
	pns_json_string(stdout, uts ? s->hostname : NULL);
	printf(", \"propagation\": ");
	pns_json_string(stdout, mnt ? pns_propagation_names[s->propagation] : NULL);
	printf(", \"tmp\": ");
	pns_json_string(stdout, !mnt ? NULL : s->tmp_private ? "private" : "shared");
	printf(", \"tmp_size\": ");
	pns_json_string(stdout, mnt && s->tmp_private ? pns_tmp_size(s) : NULL);
	printf(", \"proc\": %s, \"loopback\": %s", json_bool(pid, s->proc && mnt),
	       json_bool(net, s->loopback));
	if (set) {
		char run[sizeof(PNS_RUN_NETNS) + sizeof(v->ip_netns)];
		snprintf(run, sizeof(run), "%s/%s", PNS_RUN_NETNS, v->ip_netns);
		printf(", \"hostname_error\": ");
		pns_json_string(stdout, v->hostname_error[0] ? v->hostname_error : NULL);
		printf(", \"netns\": ");
		pns_json_string(stdout, mnt && net ? s->netns : NULL);
		printf(", \"ip_netns\": ");
		pns_json_string(stdout, v->ip_netns[0] ? run : NULL);
	}
	printf("}");
}

static void print_json(const struct pns_policy *pol, const struct pns_login *l,
		       const struct pns_match *m, const struct pns_plan *p, const struct set_view *sv,
		       const struct set_setup_view *ssv, const struct type_view *views,
		       const char *plan_error)
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
	printf(", \"set_state\": ");
	pns_json_string(stdout, p->set ? pns_inst_state_name(sv->st.state) : NULL);
	printf(", \"verdict\": ");
	pns_json_string(stdout, p->set ? sv->verdict : NULL);
	printf(", \"netns\": ");
	pns_json_string(stdout, p->netns[0] ? p->netns : NULL);
	printf(", \"user_manager\": \"%s\"", p->hide_user_manager ? "hidden" : "reachable");
	printf(", \"types\": {");
	for (int t = 0; t < PNS_NTYPES; t++) {
		const struct type_view *v = &views[t];
		printf("%s\"%s\": {\"session\": \"%s\"", t ? ", " : "", pns_types[t].name, v->action);
		if (v->pin[0]) {
			printf(", \"pin\": ");
			pns_json_string(stdout, v->pin);
			printf(", \"state\": \"%s\"", v->state);
			if (v->id)
				printf(", \"id\": %lu", v->id);
		}
		printf("}");
	}
	printf("}, \"setup\": ");
	print_setup_json(p->setup, p->rule->unshare, p->hostname, NULL, NULL);
	printf(", \"set_setup\": ");
	if (ssv->shown)
		print_setup_json(&p->set->setup, p->set->types, ssv->hostname, p->set, ssv);
	else
		printf("null");
	printf("}\n");
}

/* What the manager's own session gets when it is refused. */
static void print_manager_refusal(const struct pns_login *l, const struct pns_match *m,
				  const struct pns_rule *hider, bool json)
{
	if (json) {
		printf("{\"user\": ");
		pns_json_string(stdout, l->user);
		printf(", \"service\": \"" PNS_MANAGER_SERVICE "\", \"action\": \"refuse\", "
		       "\"hidden_by\": {\"file\": ");
		pns_json_string(stdout, hider->file);
		printf(", \"line\": %d}}\n", hider->line);
		return;
	}
	char why[PATH_MAX + 160];
	printf("login:    user %s, service " PNS_MANAGER_SERVICE " (the user's service manager)\n"
	       "action:   refused, not started: %s%s\n", PNS_ESC(l->user),
	       pns_manager_refusal(hider, m, why, sizeof(why)), pns_manager_stack_runs_pam_ns() ? "" :
	       "\nnote:     pam_ns is not in its PAM stack yet (systemd-user): nothing refuses it now");
}

/* explain -u USER: one login, with the pins of the set it joins. */
static int explain_one(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	struct pns_err e = { 0 };
	struct pns_login l;
	if (pns_login_lookup(&l, args->user, args->service, args->rhost, args->tty, &e) < 0) {
		pns_helper_error(args, "%s", e.msg);
		return PNS_EXIT_FAIL;
	}

	/* Every group named (explain lists them), and the rule: NSS failing
	 * on either fails the session, so explain says so and stops. */
	struct pns_match m;
	const struct pns_rule *hider = NULL;
	if (pns_login_name_groups(&l, &e) < 0 || pns_match_rule(pol, &l, &m, &e) < 0 ||
	    pns_match_manager_hider(pol, &l, &m, &hider, &e) < 0) {
		pns_helper_error(args, "%s", e.msg);
		pns_login_free(&l);
		return PNS_EXIT_FAIL;
	}
	/* The manager's own session, refused where a hidden session's
	 * manager would run outside: said instead of a plan, and before any
	 * pin is looked at. */
	if (hider) {
		print_manager_refusal(&l, &m, hider, args->json);
		pns_login_free(&l);
		return PNS_EXIT_OK;
	}
	struct pns_plan p;
	static struct type_view views[PNS_NTYPES];	/* large: a path per type */
	static struct set_view sv;
	static struct set_setup_view ssv;
	const char *plan_error = NULL;
	if (pns_plan_build(&m, &l, &p, &e) < 0) {
		plan_error = e.msg;
	} else {
		view_set(pol, &p, &sv);
		view_set_setup(&p, &ssv);
		for (int t = 0; t < PNS_NTYPES; t++)
			view_type(&p, &sv, refused_phrase(pol), (enum pns_type)t, &views[t]);
		pns_pins_close(&sv.pins);
	}
	if (args->json)
		print_json(pol, &l, &m, &p, &sv, &ssv, views, plan_error);
	else
		print_table(pol, &l, &m, &p, &sv, &ssv, views, plan_error);
	/* Whatever the policy says, the module must run for the service. */
	struct pns_pamd stack;
	pns_pamd_read(l.service, &stack);
	if (!args->json && pns_pamd_passes_by(&stack) && pns_pamd_any_real())
		printf("\nnote:     the PAM stack %s runs no pam_ns.so: %s logins are not isolated\n",
		       PNS_ESC(stack.file), PNS_ESC(l.service));

	pns_login_free(&l);
	return PNS_EXIT_OK;
}

int pns_cmd_explain(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	if (args->all)
		return pns_explain_all(args, pol);
	if (args->users_from) {
		pns_helper_error(args, "explain: --users-from needs --all");
		return PNS_EXIT_USAGE;
	}
	return explain_one(args, pol);
}
