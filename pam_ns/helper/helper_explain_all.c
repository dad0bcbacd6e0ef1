/* pam_ns_helper explain --all: what the policy decides for every user and
 * service, and how many each rule takes — the policy's word, and what would
 * refuse it whatever is pinned: the store is never opened, so thousands of
 * users stay quick. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/json.h"
#include "helper/helper.h"
#include "helper/helper_pamd.h"
#include "policy/policy.h"
#include "session/login.h"
#include "session/match.h"
#include "session/plan.h"
#include "store/pin.h"


/* Keep the first of each name, in order.  A hash table, not a scan per
 * name: NSS may list tens of thousands of users, -s many services. */
static int names_dedupe(struct pns_strlist *l)
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
	l->v[kept] = NULL;
	hdestroy_r(&h);
	return 0;
}

/* The users of --users-from: one name a line, blanks around it and what
 * follows a "#" ignored, empty lines skipped; "-" is standard input. */
static int users_from_file(const char *path, struct pns_strlist *out, struct pns_err *e)
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
		if (len && pns_strlist_add(out, name) < 0)
			return pns_fail(e, ENOMEM, "reading %s", path);
	}
	if (ferror(in))
		return pns_fail(e, errno, "reading %s", std ? "standard input" : path);
	return 0;
}

/* Every user NSS lists, in its order.  A source that lists only some of
 * them (see note_partial_sources) just gives fewer. */
static int users_from_nss(struct pns_strlist *out, struct pns_err *e)
{
	int rc = 0;
	setpwent();
	for (struct passwd *pw; rc == 0 && (pw = getpwent());)
		if (pns_strlist_add(out, pw->pw_name) < 0)
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

/* -s a,b,c: those, in that order, once each. */
static int services_given(const char *list, struct pns_strlist *out)
{
	cleanup_free char *copy = strdup(list);
	if (!copy)
		return -1;
	char *save = NULL;
	for (char *s = strtok_r(copy, ",", &save); s; s = strtok_r(NULL, ",", &save))
		if (pns_strlist_add(out, s) < 0)
			return -1;
	return names_dedupe(out);
}

/* Without -s: every service the rules name without a wildcard (a pattern
 * names no service one could show), and the usual ones that have a stack,
 * sorted, once each (sorted first: 100,000 rules may each name one). */
static int services_default(const struct pns_policy *pol, struct pns_strlist *out)
{
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_strlist *lists[] = { &pol->rules[i].services, &pol->rules[i].not_services };
		for (size_t k = 0; k < PNS_ARRAY_SIZE(lists); k++)
			for (size_t j = 0; j < lists[k]->n; j++)
				if (pns_pattern_is_literal(lists[k]->v[j]) && pns_strlist_add(out, lists[k]->v[j]) < 0)
					return -1;
	}
	for (size_t i = 0; i < PNS_ARRAY_SIZE(usual_services); i++)
		if (pns_pamd_exists(usual_services[i]) && pns_strlist_add(out, usual_services[i]) < 0)
			return -1;
	pns_strlist_sort_unique(out);
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
			"them after --all, or in a file given to --users-from\n", args->prog, PNS_ESC(others));
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

/*
 * Why every login joining set s is refused whatever is pinned (a pin path
 * of an external set through a link or an untrusted directory: the one
 * verdict, pns_pin_openat and pns_pin_error_is_static), into buf; ""
 * when nothing is.  Judged once per set: cache[set index], NULL until.
 */
static const char *set_refusal(const struct pns_policy *pol, const struct pns_set *s, char **cache)
{
	char **slot = &cache[s - pol->sets];
	if (*slot)
		return *slot;
	struct pns_err e = { 0 };
	for (int t = 0; s->external && t < PNS_NTYPES && !e.msg[0]; t++) {
		int fd = !s->paths[t] ? -1 :
			 pns_pin_openat(AT_FDCWD, NULL, s->paths[t], (enum pns_type)t, true, &e);
		if (fd >= 0)
			close(fd);
		if (fd >= 0 || !s->paths[t] || !pns_pin_error_is_static(&e))
			e.msg[0] = '\0';
	}
	*slot = strdup(e.msg);
	return *slot ? *slot : "";
}

/* For each of services, into *out (in order): its stack file when it
 * opens sessions but runs no pam_ns while some stack does, else "".
 * Before the module is on anywhere, every service shows what the policy
 * would do once it is.  0, or -1 (ENOMEM). */
static int unloaded_stacks(const struct pns_strlist *services, struct pns_strlist *out)
{
	bool on = pns_pamd_any_real();
	for (size_t i = 0; i < services->n; i++) {
		struct pns_pamd st;
		pns_pamd_read(services->v[i], &st);
		if (pns_strlist_add(out, on && pns_pamd_passes_by(&st) ? st.file : "") < 0)
			return -1;
	}
	return 0;
}

/* What refuses plan p whatever is in the store, into buf: the static
 * verdict on the set it joins, or the set's hostname for the instance
 * (pns_set_hostname, as create makes it).  Whether there is one. */
static bool refusal(const struct pns_policy *pol, char **set_cache, const struct pns_plan *p, char *buf,
		    size_t size)
{
	struct pns_err e = { 0 };
	char host[65];
	const char *why = !p->set ? "" : set_refusal(pol, p->set, set_cache);
	if (!why[0] && p->set && !p->set->external && p->set->setup.hostname &&
	    (p->set->types & PNS_BIT(PNS_UTS)) &&
	    pns_set_hostname(p->set, p->instance, host, sizeof(host), &e) < 0)
		why = e.msg;
	snprintf(buf, size, "%s", why);
	return why[0] != '\0';
}

/* o for l, from the rules `which` lists (pns_user_rules_of l->user). */
static void decide(const struct pns_policy *pol, const size_t *which, size_t n, char **set_cache,
		   struct pns_login *l, const char *unloaded, struct outcome *o)
{
	struct pns_match m;
	struct pns_err e = { 0 };
	memset(o, 0, sizeof(*o));
	/* The module never runs for this service: nothing the policy says
	 * happens to its sessions. */
	if (unloaded) {
		o->action = "ignore";
		snprintf(o->text, sizeof(o->text), "ignored: the PAM stack %s runs no pam_ns.so",
			 PNS_ESC(unloaded));
		return;
	}
	/* NSS failing on a group a rule names refuses the session, as the
	 * module does (it says "cannot look up user"). */
	if (pns_match_rule_among(pol, which, n, l, &m, &e) < 0 ||
	    pns_match_manager_hider_among(pol, which, n, l, &m, &o->hider, &e) < 0) {
		o->rule = o->hider = NULL;
		o->action = "refuse";
		snprintf(o->error, sizeof(o->error), "cannot look up user %s: %s", PNS_ESC(l->user), e.msg);
		snprintf(o->text, sizeof(o->text), "refused: %s%s", o->error,
			 pol->on_error == PNS_ON_ERROR_ALLOW ? " (on_error = allow: let through unisolated)" : "");
		return;
	}
	o->rule = m.rule;
	/* The manager's own session first, as explain -u decides it. */
	if (o->hider) {
		o->action = "refuse";
		char why[PATH_MAX + 160];
		snprintf(o->error, sizeof(o->error), "the user's service manager is not started: %s",
			 pns_manager_refusal(o->hider, &m, why, sizeof(why)));
		snprintf(o->text, sizeof(o->text), "refused: %s", o->error);
	} else if (!m.rule) {
		o->action = "ignore";
		snprintf(o->text, sizeof(o->text), "ignored (no rule)");
	} else if (m.rule->none) {
		o->action = "none";
		snprintf(o->text, sizeof(o->text), "none (action none)");
	} else if (pns_plan_build(&m, l, &o->plan, &e) < 0 ||
		   refusal(pol, set_cache, &o->plan, e.msg, sizeof(e.msg))) {
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
	char **set_cache;			/* per set: set_refusal's verdict */
	struct pns_user_rules candidates;	/* the rules that may match each user */
	/* Per service: its stack file when it opens sessions without pam_ns
	 * while another stack runs it (the module is on, not for these), else "". */
	struct pns_strlist unloaded;
	struct pns_strlist users, services;
	size_t nfailed;				/* users NSS could not give */
	struct pns_strlist failed, failed_why;	/* which, and why (for --json) */
	struct tally *rules;			/* one per rule, in policy order */
	struct tally unmatched, refused, total;
	int user_width, service_width, rule_width;
	bool first_session;			/* --json: no session printed yet */
};

static void print_rule_ref(const struct pns_rule *r, int width)
{
	char ref[PATH_MAX + 16] = "-";
	if (r)
		snprintf(ref, sizeof(ref), "%s:%d", PNS_ESC(r->file), r->line);
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
	/* Its groups all named, as explain -u does: a user whose groups
	 * NSS cannot name is one it could not give. */
	int r = pns_login_lookup(&l, name, NULL, args->rhost, args->tty, &e);
	if (r == 0 && pns_login_name_groups(&l, &e) < 0) {
		pns_login_free(&l);
		r = -1;
	}
	if (r < 0) {
		pns_helper_error(args, "%s", e.msg);
		a->nfailed++;
		/* Both or neither: --json lists them side by side. */
		if (pns_strlist_add(&a->failed, name) < 0)
			return;
		if (pns_strlist_add(&a->failed_why, e.msg) < 0)
			free(a->failed.v[--a->failed.n]);
		return;
	}
	char *own_service = l.service;
	static struct outcome o;	/* large: a plan and two sentences */
	/* The rules that may match the user at all, once for every service:
	 * the name NSS gives, the one matched. */
	const size_t *which;
	size_t n = pns_user_rules_of(&a->candidates, l.user, &which);
	for (size_t s = 0; s < a->services.n; s++) {
		l.service = a->services.v[s];
		decide(a->pol, which, n, a->set_cache, &l, a->unloaded.v[s][0] ? a->unloaded.v[s] : NULL, &o);
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
		printf("%-*s  %-*s  ", a->user_width, PNS_ESC(l.user), a->service_width, PNS_ESC(l.service));
		print_rule_ref(o.rule, a->rule_width);
		printf("  %s\n", o.text);
	}
	l.service = own_service;
	pns_login_free(&l);
}

static void print_list_json(const char *key, const struct pns_strlist *l)
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
		struct pns_strlist files = { .v = pol->files.v, .n = pol->files.n };
		print_list_json("policy", &files);
		printf(",\n ");
		print_list_json("services", &a->services);
		printf(",\n \"on_error\": \"%s\",\n \"sessions\": [",
		       pol->on_error == PNS_ON_ERROR_ALLOW ? "allow" : "deny");
		return;
	}
	printf("policy:   %s", PNS_ESC(pol->files.v[0]));
	if (pol->files.n > 1)
		printf(" (+%zu drop-in%s)", pol->files.n - 1, pol->files.n > 2 ? "s" : "");
	printf("\nservices:");
	for (size_t i = 0; i < a->services.n; i++)
		printf("%s%s", i ? ", " : " ", PNS_ESC(a->services.v[i]));
	printf("%s\nusers:    %zu, %s\n", a->services.n ? "" : " (none)", a->users.n,
	       args->users_from ? "from --users-from" : args->nusers ? "as given" : "as NSS lists them");
	printf("note:     the policy's decisions: whether joined sets exist now is not looked at (explain -u)\n");
	if (pns_strlist_has(&a->services, PNS_MANAGER_SERVICE) && !pns_manager_stack_runs_pam_ns())
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
 * policy decides, from the policy, NSS and the PAM stacks (the store is not
 * opened, and a set's pin paths are walked once, so thousands of users
 * take no longer than NSS does). */
int pns_explain_all(const struct pns_helper_args *args, const struct pns_policy *pol)
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
			if (pns_strlist_add(&a.users, args->users[i]) < 0)
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
	if (!a.services.n) {
		pns_helper_error(args, "explain: no service to show: %s", args->service ?
				 "-s names none" : "the policy names none and no usual one has a PAM stack; "
				 "name them with -s");
		rc = args->service ? PNS_EXIT_USAGE : PNS_EXIT_FAIL;
		goto out;
	}
	if (unloaded_stacks(&a.services, &a.unloaded) < 0)
		goto nomem;
	if (!(a.rules = calloc(pol->nrules + 1, sizeof(*a.rules))) ||
	    !(a.set_cache = calloc(pol->nsets + 1, sizeof(*a.set_cache))) ||
	    pns_user_rules_build(&a.candidates, pol) < 0)
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
	pns_strlist_free(&a.users);
	pns_strlist_free(&a.services);
	pns_strlist_free(&a.unloaded);
	pns_strlist_free(&a.failed);
	pns_strlist_free(&a.failed_why);
	free(a.rules);
	pns_user_rules_free(&a.candidates);
	for (size_t i = 0; a.set_cache && i < pol->nsets; i++)
		free(a.set_cache[i]);
	free(a.set_cache);
	return rc;
}
