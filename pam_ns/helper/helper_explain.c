/* pam_ns_helper explain: which rule a login gets, why, and what it means
 * for each namespace type — what an admin wants to know before rollout;
 * with --all, what the policy decides for every user and service, and how
 * many each rule takes. */
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <search.h>
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

/* What one namespace type of the session would be, ready to print. */
struct type_view {
	const char *action;		/* "new", "joined", "untouched" */
	char pin[PATH_MAX + 16];	/* joined: the pin (external: its path; else its path in the store) */
	const char *state;		/* joined: "exists", "missing", "invalid" */
	unsigned long id;		/* joined and existing: namespace id */
	char detail[PATH_MAX + 128];	/* a sentence for the table */
};

/* The size of a private /tmp as the setup asks for it. */
static const char *tmp_size(const struct pns_setup *s)
{
	return s->tmp_size ? s->tmp_size : PNS_TMP_SIZE_DEFAULT;
}

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
			snprintf(tmp, sizeof(tmp), ", private /tmp (size %s)", tmp_size(s));
		/* A set's netns is bound in its own mount namespace when it is
		 * made; a rule's is applied to the session (the netns line). */
		if (set && s->netns && (made & PNS_BIT(PNS_NET)))
			snprintf(more, sizeof(more), ", /etc/netns/%s bound over /etc", s->netns);
		snprintf(buf, size, "propagation %s%s%s", pns_propagation_names[s->propagation], tmp, more);
		break;
	case PNS_NET:
		if (ip_netns && ip_netns[0])
			snprintf(more, sizeof(more), ", also %s/%s (ip netns)", PNS_RUN_NETNS, ip_netns);
		snprintf(buf, size, "%s%s", s->loopback ? "lo up" : "lo down", more);
		break;
	case PNS_UTS:
		if (hostname && hostname[0] && set)
			snprintf(buf, size, "hostname %s (from \"%s\")", hostname, s->hostname);
		else if (hostname && hostname[0])
			snprintf(buf, size, "hostname %s", hostname);
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
	if (set->setup.hostname && (set->types & PNS_BIT(PNS_UTS))) {
		struct pns_login l = { .user = "", .service = "", .rhost = "", .tty = "" };
		char name[sizeof(p->instance)];
		memcpy(name, p->instance, sizeof(name));
		if (set->per == PNS_PER_USER)
			l.user = name;
		if (pns_expand(set->setup.hostname, &l, set->per == PNS_PER_GROUP ? name : NULL,
			       v->hostname, sizeof(v->hostname), &e) < 0)
			snprintf(v->hostname_error, sizeof(v->hostname_error), "%s", e.msg);
		else if (!pns_hostname_valid(v->hostname))
			snprintf(v->hostname_error, sizeof(v->hostname_error),
				 "\"%s\" (from \"%s\") is not a valid host name", v->hostname,
				 set->setup.hostname);
		if (v->hostname_error[0])
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

static void view_type(const struct pns_plan *p, const struct set_view *sv, enum pns_type t,
		      struct type_view *v)
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
			snprintf(v->detail, sizeof(v->detail), "%s (exists, id %lu)", v->pin, v->id);
		} else if (sv->st.state == PNS_INST_ABSENT) {
			v->state = "missing";
			snprintf(v->detail, sizeof(v->detail), "%s (missing: %s)", v->pin,
				 p->create && !p->set->external ? "created at login"
								 : "the login would be refused");
		} else {
			v->state = "invalid";
			snprintf(v->detail, sizeof(v->detail), "%s (%s)", v->pin,
				 p->create && !p->set->external ? "made again at login"
								 : "the login would be refused");
		}
		return;
	}
	case PNS_KEEP:
	default:
		v->action = "untouched";
		return;
	}
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

static void print_table(const struct pns_policy *pol, const struct pns_login *l,
			const struct pns_match *m, const struct pns_plan *p, const struct set_view *sv,
			const struct set_setup_view *ssv, const struct type_view *views,
			const char *plan_error)
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
	if (p->set)
		printf("state:    %s\n", sv->verdict);
	if (ssv->shown)
		print_set_brings(p->set, ssv);
	if (p->netns[0])
		printf("netns:    /etc/netns/%s bound over /etc\n", p->netns);
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
	pns_json_string(stdout, mnt && s->tmp_private ? tmp_size(s) : NULL);
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
	printf("login:    user %s, service " PNS_MANAGER_SERVICE " (the user's service manager)\n"
	       "action:   refused: rule %s:%d hides the manager from the user's sessions "
	       "(user_manager)%s,\n          so it is not started%s\n", l->user, hider->file,
	       hider->line, hider == m->rule ? "" : " and no rule places the manager itself",
	       pns_manager_stack_runs_pam_ns() ? "" :
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

	struct pns_match m;
	pns_match_rule(pol, &l, &m);
	/* The manager's own session, refused where a hidden session's
	 * manager would run outside: said instead of a plan, and before any
	 * pin is looked at. */
	const struct pns_rule *hider = pns_match_manager_hider(pol, &l, &m);
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
			view_type(&p, &sv, (enum pns_type)t, &views[t]);
		pns_pins_close(&sv.pins);
	}
	if (args->json)
		print_json(pol, &l, &m, &p, &sv, &ssv, views, plan_error);
	else
		print_table(pol, &l, &m, &p, &sv, &ssv, views, plan_error);

	pns_login_free(&l);
	return PNS_EXIT_OK;
}

/* ---- explain --all: every user with every service ------------------------ */

/* A list of strings of our own, growing. */
struct names {
	char **v;
	size_t n, cap;
};

static int names_add(struct names *l, const char *s)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		char **v = realloc(l->v, cap * sizeof(*v));
		if (!v)
			return -1;
		l->v = v;
		l->cap = cap;
	}
	if (!(l->v[l->n] = strdup(s)))
		return -1;
	l->n++;
	return 0;
}

static bool names_has(const struct names *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

static void names_free(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* Keep the first of each name, in order.  A hash table, not a scan per
 * name: NSS may list tens of thousands of users. */
static int names_dedupe(struct names *l)
{
	struct hsearch_data h = { 0 };
	if (!l->n)
		return 0;
	if (!hcreate_r(l->n * 2, &h))
		return -1;
	size_t kept = 0;
	for (size_t i = 0; i < l->n; i++) {
		ENTRY want = { .key = l->v[i] }, *found = NULL;
		if (hsearch_r(want, FIND, &found, &h)) {
			free(l->v[i]);
			continue;
		}
		if (!hsearch_r(want, ENTER, &found, &h)) {
			/* A full table, which its size rules out: keep the rest
			 * as it is rather than lose a name. */
			for (size_t j = i; j < l->n; j++)
				l->v[kept++] = l->v[j];
			break;
		}
		l->v[kept++] = l->v[i];
	}
	l->n = kept;
	hdestroy_r(&h);
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The users of --users-from: one name a line, blanks around it and what
 * follows a "#" ignored, empty lines skipped; "-" is standard input. */
static int users_from_file(const char *path, struct names *out, struct pns_err *e)
{
	bool std = !strcmp(path, "-");
	cleanup_fclose FILE *f = std ? NULL : fopen(path, "re");
	FILE *in = std ? stdin : f;
	if (!in)
		return pns_fail(e, errno, "cannot read the users of %s", path);
	cleanup_free char *line = NULL;
	size_t cap = 0;
	while (getline(&line, &cap, in) >= 0) {
		line[strcspn(line, "#\n")] = '\0';
		char *name = line + strspn(line, " \t\r");
		size_t len = strlen(name);
		while (len && strchr(" \t\r", name[len - 1]))
			name[--len] = '\0';
		if (len && names_add(out, name) < 0)
			return pns_fail(e, ENOMEM, "reading %s", path);
	}
	if (ferror(in))
		return pns_fail(e, errno, "reading %s", std ? "standard input" : path);
	return 0;
}

/* Every user NSS lists, in its order.  A source that lists only some of
 * them (see note_partial_sources) just gives fewer. */
static int users_from_nss(struct names *out, struct pns_err *e)
{
	int rc = 0;
	setpwent();
	for (struct passwd *pw; rc == 0 && (pw = getpwent());)
		if (names_add(out, pw->pw_name) < 0)
			rc = pns_fail(e, ENOMEM, "listing the users");
	endpwent();
	return rc;
}

/* The services most hosts have a PAM stack for, shown without -s beside
 * those the policy names, each only where it has a stack.  The ones the
 * policy names are shown with a stack or without: the admin wrote them. */
static const char *const usual_services[] = {
	"sshd", "login", "su", "su-l", "sudo", "sudo-i", "cron", PNS_MANAGER_SERVICE,
};

static int add_service(struct names *out, const char *s)
{
	return names_has(out, s) ? 0 : names_add(out, s);
}

/* -s a,b,c: those, in that order, once each. */
static int services_given(const char *list, struct names *out)
{
	cleanup_free char *copy = strdup(list);
	if (!copy)
		return -1;
	char *save = NULL;
	for (char *s = strtok_r(copy, ",", &save); s; s = strtok_r(NULL, ",", &save))
		if (add_service(out, s) < 0)
			return -1;
	return 0;
}

/* Without -s: every service the rules name without a wildcard (a pattern
 * names no service one could show), and the usual ones that have a stack,
 * sorted. */
static int services_default(const struct pns_policy *pol, struct names *out)
{
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_strlist *lists[] = { &pol->rules[i].services, &pol->rules[i].not_services };
		for (size_t k = 0; k < PNS_ARRAY_SIZE(lists); k++)
			for (size_t j = 0; j < lists[k]->n; j++)
				if (!strpbrk(lists[k]->v[j], "*?[") && add_service(out, lists[k]->v[j]) < 0)
					return -1;
	}
	for (size_t i = 0; i < PNS_ARRAY_SIZE(usual_services); i++)
		if (pns_pamd_exists(usual_services[i]) && add_service(out, usual_services[i]) < 0)
			return -1;
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), cmp_names);
	return 0;
}

/* NSS sources that list every user of theirs to getpwent. */
static const char *const listing_sources[] = { "files", "compat", "systemd", "db", "extrausers" };
#define PNS_NSSWITCH "/etc/nsswitch.conf"

/*
 * Without users given: name the passwd sources of PNS_NSSWITCH that may
 * not list all their users (sss, ldap, winbind, nis...: enumeration is
 * often off, or capped, for them), so that nobody takes a short table for
 * every user.
 */
static void note_partial_sources(const struct pns_helper_args *args)
{
	cleanup_fclose FILE *f = fopen(PNS_NSSWITCH, "re");
	cleanup_free char *line = NULL;
	size_t cap = 0;
	char others[256] = "";
	size_t used = 0;
	while (f && getline(&line, &cap, f) >= 0) {
		line[strcspn(line, "#\n")] = '\0';
		char *p = line + strspn(line, " \t");
		if (strncmp(p, "passwd:", 7))
			continue;
		p += 7;
		for (;;) {
			p += strspn(p, " \t");
			if (!*p)
				break;
			if (*p == '[') {	/* [NOTFOUND=return]: an action, not a source */
				char *end = strchr(p, ']');
				p = end ? end + 1 : p + strlen(p);
				continue;
			}
			size_t len = strcspn(p, " \t[");
			bool listing = false;
			for (size_t i = 0; i < PNS_ARRAY_SIZE(listing_sources); i++)
				listing |= strlen(listing_sources[i]) == len &&
					   !strncmp(listing_sources[i], p, len);
			if (!listing && used < sizeof(others))
				used += (size_t)snprintf(others + used, sizeof(others) - used, "%s%.*s",
							 used ? ", " : "", (int)len, p);
			p += len;
		}
		break;
	}
	if (others[0])
		fprintf(stderr, "%s: note: " PNS_NSSWITCH " takes users from %s too; such sources "
			"often list none or only some of their users, so some may be missing here: name "
			"them after --all, or in a file given to --users-from\n", args->prog, others);
}

/* What the policy decides for one user with one service. */
struct outcome {
	const char *action;		/* "ignore", "none", "isolate", "refuse" */
	const struct pns_rule *rule;	/* the rule that matches, NULL for none */
	const struct pns_rule *hider;	/* the manager's session: refused, hidden by this rule */
	struct pns_plan plan;		/* "isolate": what each type gets */
	char error[sizeof(((struct pns_err *)0)->msg) + 128];	/* "refuse": why */
	char text[4096];		/* the table's OUTCOME column */
};

static void decide(const struct pns_policy *pol, const struct pns_login *l, struct outcome *o)
{
	struct pns_match m;
	struct pns_err e = { 0 };
	memset(o, 0, sizeof(*o));
	pns_match_rule(pol, l, &m);
	o->rule = m.rule;
	/* The manager's own session first, as explain -u decides it. */
	if ((o->hider = pns_match_manager_hider(pol, l, &m))) {
		o->action = "refuse";
		snprintf(o->error, sizeof(o->error), "the user's service manager is not started: rule "
			 "%s:%d hides it from the user's sessions (user_manager)%s", o->hider->file,
			 o->hider->line, o->hider == m.rule ? "" : " and no rule places it");
		snprintf(o->text, sizeof(o->text), "refused: %s", o->error);
	} else if (!m.rule) {
		o->action = "ignore";
		snprintf(o->text, sizeof(o->text), "ignored (no rule)");
	} else if (m.rule->none) {
		o->action = "none";
		snprintf(o->text, sizeof(o->text), "none (action none)");
	} else if (pns_plan_build(&m, l, &o->plan, &e) < 0) {
		o->action = "refuse";
		snprintf(o->error, sizeof(o->error), "%s", e.msg);
		snprintf(o->text, sizeof(o->text), "refused: %s%s", e.msg,
			 pol->on_error == PNS_ON_ERROR_ALLOW ?
			 " (on_error = allow: let through unisolated)" : "");
	} else {
		o->action = "isolate";
		pns_plan_str(&o->plan, o->text, sizeof(o->text));
	}
}

/* How many users and user/service pairs went one way.  last: the number
 * (from 1) of the last user counted, so each user counts once. */
struct tally {
	size_t users, sessions, last;
};

static void tally_add(struct tally *t, size_t user_no)
{
	t->sessions++;
	if (t->last != user_no) {
		t->last = user_no;
		t->users++;
	}
}

/* The whole --all run: what is shown, and the counts so far. */
struct all_view {
	const struct pns_helper_args *args;
	const struct pns_policy *pol;
	struct names users, services;
	size_t nfailed;				/* users NSS could not give */
	struct names failed, failed_why;	/* which, and why (for --json) */
	struct tally *rules;			/* one per rule, in policy order */
	struct tally unmatched, refused, total;
	int user_width, service_width, rule_width;
	bool first_session;			/* --json: no session printed yet */
};

static void print_rule_ref(const struct pns_rule *r, int width)
{
	char ref[PATH_MAX + 16] = "-";
	if (r)
		snprintf(ref, sizeof(ref), "%s:%d", r->file, r->line);
	printf("%-*s", width, ref);
}

static void json_rule_ref(const struct pns_rule *r)
{
	if (!r) {
		printf("null");
		return;
	}
	printf("{\"file\": ");
	pns_json_string(stdout, r->file);
	printf(", \"line\": %d}", r->line);
}

static void print_session_json(struct all_view *a, const struct pns_login *l, const struct outcome *o)
{
	const struct pns_plan *p = &o->plan;
	bool isolate = !strcmp(o->action, "isolate"), refused = !strcmp(o->action, "refuse");
	printf("%s\n  {\"user\": ", a->first_session ? "" : ",");
	a->first_session = false;
	pns_json_string(stdout, l->user);
	printf(", \"service\": ");
	pns_json_string(stdout, l->service);
	printf(", \"rule\": ");
	json_rule_ref(o->rule);
	printf(", \"action\": \"%s\", \"error\": ", o->action);
	pns_json_string(stdout, refused ? o->error : NULL);
	printf(", \"hidden_by\": ");
	json_rule_ref(o->hider);
	printf(", \"set\": ");
	pns_json_string(stdout, isolate && p->set ? p->set->name : NULL);
	printf(", \"instance\": ");
	pns_json_string(stdout, isolate && p->instance[0] ? p->instance : NULL);
	printf(", \"types\": ");
	if (refused) {
		printf("null");
	} else {
		for (int t = 0; t < PNS_NTYPES; t++)
			printf("%s\"%s\": \"%s\"", t ? ", " : "{", pns_types[t].name,
			       p->how[t] == PNS_NEW ? "new" : p->how[t] == PNS_JOIN ? "joined" : "untouched");
		printf("}");
	}
	printf(", \"user_manager\": ");
	pns_json_string(stdout, refused ? NULL : p->hide_user_manager ? "hidden" : "reachable");
	printf(", \"outcome\": ");
	pns_json_string(stdout, o->text);
	printf("}");
}

/* One user: every service, printed as it is decided, and counted. */
static void explain_user(struct all_view *a, size_t user_no, const char *name)
{
	const struct pns_helper_args *args = a->args;
	struct pns_err e = { 0 };
	struct pns_login l;
	if (pns_login_lookup(&l, name, NULL, args->rhost, args->tty, &e) < 0) {
		pns_helper_error(args, "%s", e.msg);
		a->nfailed++;
		/* Both or neither: --json lists them side by side. */
		if (names_add(&a->failed, name) < 0)
			return;
		if (names_add(&a->failed_why, e.msg) < 0)
			free(a->failed.v[--a->failed.n]);
		return;
	}
	char *own_service = l.service;
	static struct outcome o;	/* large: a plan and two sentences */
	for (size_t s = 0; s < a->services.n; s++) {
		l.service = a->services.v[s];
		decide(a->pol, &l, &o);
		if (o.rule)
			tally_add(&a->rules[o.rule - a->pol->rules], user_no);
		else
			tally_add(&a->unmatched, user_no);
		if (!strcmp(o.action, "refuse"))
			tally_add(&a->refused, user_no);
		tally_add(&a->total, user_no);
		if (args->json) {
			print_session_json(a, &l, &o);
			continue;
		}
		printf("%-*s  %-*s  ", a->user_width, l.user, a->service_width, l.service);
		print_rule_ref(o.rule, a->rule_width);
		printf("  %s\n", o.text);
	}
	l.service = own_service;
	pns_login_free(&l);
}

static void print_list_json(const char *key, const struct names *l)
{
	printf("\"%s\": [", key);
	for (size_t i = 0; i < l->n; i++) {
		printf("%s", i ? ", " : "");
		pns_json_string(stdout, l->v[i]);
	}
	printf("]");
}

static void print_tally_json(const char *key, const struct tally *t)
{
	printf(",\n \"%s\": {\"users\": %zu, \"sessions\": %zu}", key, t->users, t->sessions);
}

static void print_head(const struct all_view *a)
{
	const struct pns_policy *pol = a->pol;
	const struct pns_helper_args *args = a->args;
	if (args->json) {
		printf("{");
		struct names files = { .v = pol->files.v, .n = pol->files.n };
		print_list_json("policy", &files);
		printf(",\n ");
		print_list_json("services", &a->services);
		printf(",\n \"on_error\": \"%s\",\n \"sessions\": [",
		       pol->on_error == PNS_ON_ERROR_ALLOW ? "allow" : "deny");
		return;
	}
	printf("policy:   %s", pol->files.v[0]);
	if (pol->files.n > 1)
		printf(" (+%zu drop-in%s)", pol->files.n - 1, pol->files.n > 2 ? "s" : "");
	printf("\nservices:");
	for (size_t i = 0; i < a->services.n; i++)
		printf("%s%s", i ? ", " : " ", a->services.v[i]);
	printf("%s\nusers:    %zu, %s\n", a->services.n ? "" : " (none)", a->users.n,
	       args->users_from ? "from --users-from" : args->nusers ? "as given" : "as NSS lists them");
	printf("note:     the policy's decisions only: joined sets are not looked at (explain -u)\n");
	if (names_has(&a->services, PNS_MANAGER_SERVICE) && !pns_manager_stack_runs_pam_ns())
		printf("note:     pam_ns is not in the PAM stack of " PNS_MANAGER_SERVICE " yet: nothing "
		       "refuses the user's service manager now\n");
	printf("\n");
	printf("%-*s  %-*s  %-*s  %s\n", a->user_width, "USER", a->service_width, "SERVICE",
	       a->rule_width, "RULE", "OUTCOME");
}

static void print_summary(const struct all_view *a)
{
	const struct pns_policy *pol = a->pol;
	if (a->args->json) {
		printf("%s],\n \"rules\": [", a->first_session ? "" : "\n ");
		for (size_t i = 0; i < pol->nrules; i++) {
			printf("%s\n  {\"file\": ", i ? "," : "");
			pns_json_string(stdout, pol->rules[i].file);
			printf(", \"line\": %d, \"users\": %zu, \"sessions\": %zu}", pol->rules[i].line,
			       a->rules[i].users, a->rules[i].sessions);
		}
		printf("]");
		print_tally_json("unmatched", &a->unmatched);
		print_tally_json("refused", &a->refused);
		print_tally_json("total", &a->total);
		printf(",\n \"lookup_failed\": [");
		for (size_t i = 0; i < a->failed.n; i++) {
			printf("%s{\"user\": ", i ? ", " : "");
			pns_json_string(stdout, a->failed.v[i]);
			printf(", \"error\": ");
			pns_json_string(stdout, a->failed_why.v[i]);
			printf("}");
		}
		printf("]}\n");
		return;
	}
	int w = a->rule_width > 7 ? a->rule_width : 7;
	printf("\n%-*s  %6s  %8s\n", w, "RULE", "USERS", "SESSIONS");
	for (size_t i = 0; i < pol->nrules; i++) {
		print_rule_ref(&pol->rules[i], w);
		printf("  %6zu  %8zu\n", a->rules[i].users, a->rules[i].sessions);
	}
	printf("%-*s  %6zu  %8zu\n", w, "no rule", a->unmatched.users, a->unmatched.sessions);
	printf("%-*s  %6zu  %8zu\n", w, "refused", a->refused.users, a->refused.sessions);
	printf("%-*s  %6zu  %8zu\n", w, "total", a->total.users, a->total.sessions);
	if (a->nfailed)
		printf("not shown: %zu user%s NSS could not look up (see standard error)\n",
		       a->nfailed, a->nfailed > 1 ? "s" : "");
}

/* Column widths from what will be shown (a user name past 32 bytes
 * just pushes its own line). */
static void set_widths(struct all_view *a)
{
	a->user_width = 4;
	a->service_width = 7;
	a->rule_width = 4;
	for (size_t i = 0; i < a->users.n; i++)
		if ((int)strlen(a->users.v[i]) > a->user_width)
			a->user_width = strlen(a->users.v[i]) > 32 ? 32 : (int)strlen(a->users.v[i]);
	for (size_t i = 0; i < a->services.n; i++)
		if ((int)strlen(a->services.v[i]) > a->service_width)
			a->service_width = (int)strlen(a->services.v[i]);
	for (size_t i = 0; i < a->pol->nrules; i++) {
		char ref[PATH_MAX + 16];
		int n = snprintf(ref, sizeof(ref), "%s:%d", a->pol->rules[i].file, a->pol->rules[i].line);
		if (n > a->rule_width)
			a->rule_width = n;
	}
}

/* explain --all: every user (or those given) with every service; what the
 * policy decides, from the policy and NSS alone (no pin is opened, so
 * thousands of users take no longer than NSS does). */
static int explain_all(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	struct pns_err e = { 0 };
	struct all_view a = { .args = args, .pol = pol, .first_session = true };
	int rc = PNS_EXIT_OK;
	if (args->users_from && args->nusers) {
		pns_helper_error(args, "explain: --users-from and users after --all exclude each other");
		return PNS_EXIT_USAGE;
	}
	if (args->users_from) {
		if (users_from_file(args->users_from, &a.users, &e) < 0) {
			pns_helper_error(args, "%s", e.msg);
			rc = PNS_EXIT_FAIL;
			goto out;
		}
	} else if (args->nusers) {
		for (int i = 0; i < args->nusers; i++)
			if (names_add(&a.users, args->users[i]) < 0)
				goto nomem;
	} else {
		note_partial_sources(args);
		if (users_from_nss(&a.users, &e) < 0) {
			pns_helper_error(args, "%s", e.msg);
			rc = PNS_EXIT_FAIL;
			goto out;
		}
	}
	if (names_dedupe(&a.users) < 0)
		goto nomem;
	if ((args->service ? services_given(args->service, &a.services) :
			     services_default(pol, &a.services)) < 0)
		goto nomem;
	if (!a.services.n)
		pns_helper_error(args, "explain: no service to show: %s", args->service ?
				 "-s names none" : "the policy names none and no usual one has a PAM stack; "
				 "name them with -s");
	if (!(a.rules = calloc(pol->nrules + 1, sizeof(*a.rules))))
		goto nomem;
	set_widths(&a);
	print_head(&a);
	for (size_t i = 0; i < a.users.n; i++)
		explain_user(&a, i + 1, a.users.v[i]);
	print_summary(&a);
	if (a.nfailed)
		rc = PNS_EXIT_FAIL;
	goto out;
nomem:
	pns_helper_error(args, "explain: out of memory");
	rc = PNS_EXIT_FAIL;
out:
	names_free(&a.users);
	names_free(&a.services);
	names_free(&a.failed);
	names_free(&a.failed_why);
	free(a.rules);
	return rc;
}

int pns_cmd_explain(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	if (args->all)
		return explain_all(args, pol);
	if (args->users_from) {
		pns_helper_error(args, "explain: --users-from needs --all");
		return PNS_EXIT_USAGE;
	}
	return explain_one(args, pol);
}
