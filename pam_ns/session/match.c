/* First-match rule selection: users, groups, service, remote host, tty. */
#include "session/match.h"

#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every policy pattern is matched here: * ? and [...] are its only special
 * characters.  A backslash is an ordinary one, as in winbind's
 * DOMAIN\user; fnmatch would otherwise read it as an escape, and the
 * name would never match itself. */
static bool pattern_matches(const char *pattern, const char *s)
{
	return fnmatch(pattern, s, FNM_NOESCAPE) == 0;
}

const char *pns_match_list(const struct pns_strlist *list, const char *s)
{
	for (size_t i = 0; i < list->n; i++)
		if (pattern_matches(list->v[i], s))
			return list->v[i];
	return NULL;
}

int pns_user_rules_build(struct pns_user_rules *u, const struct pns_policy *pol)
{
	*u = (struct pns_user_rules){ .pol = pol };
	u->open = malloc((pol->nrules + 1) * sizeof(*u->open));
	u->cand = malloc((pol->nrules + 1) * sizeof(*u->cand));
	if (!u->open || !u->cand || pns_rule_refs_build(&u->named, pol, pns_rule_literal_users) < 0) {
		pns_user_rules_free(u);
		u->pol = pol;
		return -1;
	}
	for (size_t i = 0; i < pol->nrules; i++)
		if (!pns_rule_literal_users(&pol->rules[i]))
			u->open[u->nopen++] = i;
	return 0;
}

size_t pns_user_rules_of(struct pns_user_rules *u, const char *user, const size_t **which)
{
	*which = NULL;
	if (!u->cand)
		return u->pol->nrules;
	/* Two ascending lists, merged: policy order, as first match needs. */
	size_t lo, hi = pns_rule_refs_range(&u->named, user, &lo), a = 0, n = 0;
	while (a < u->nopen || lo < hi)
		u->cand[n++] = lo == hi || (a < u->nopen && u->open[a] < u->named.v[lo].rule) ?
			       u->open[a++] : u->named.v[lo++].rule;
	*which = u->cand;
	return n;
}

void pns_user_rules_free(struct pns_user_rules *u)
{
	pns_rule_refs_free(&u->named);
	free(u->open);
	free(u->cand);
	*u = (struct pns_user_rules){ 0 };
}

int pns_match_groups(const struct pns_strlist *list, struct pns_login *l, const char **group,
		     const char **pattern, struct pns_err *e)
{
	for (size_t i = 0; i < list->n; i++) {
		const char *p = list->v[i];
		*pattern = p;
		/* A literal names one group: one getgrnam_r, not a name for
		 * each of the user's groups.  The group is p itself, the name
		 * its gid has. */
		if (pns_pattern_is_literal(p)) {
			int r = pns_login_in_group(l, p, e);
			if (r)
				return *group = r > 0 ? p : NULL, r;
			continue;
		}
		if (pns_login_groups(l, e) < 0)
			return -1;
		for (size_t g = 0; g < l->ngroups; g++) {
			if (!(*group = pns_login_group_name(l, g, e)))
				return -1;
			if (pattern_matches(p, *group))
				return 1;
		}
	}
	*group = *pattern = NULL;
	return 0;
}

static void why_add(struct pns_match *m, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void why_add(struct pns_match *m, const char *fmt, ...)
{
	size_t used = strlen(m->why);
	if (used + 1 >= sizeof(m->why))
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(m->why + used, sizeof(m->why) - used, fmt, ap);
	va_end(ap);
	used = strlen(m->why);
	if (used + 1 < sizeof(m->why))
		strcat(m->why, "\n");
}

/* One criterion on a single value: the positive list must match when it
 * is given, the negated one must not. */
static bool match_value(struct pns_match *m, const char *what, const struct pns_strlist *yes,
			const struct pns_strlist *no, const char *value)
{
	const char *shown = *value ? PNS_ESC(value) : "(none)";
	if (yes->n) {
		const char *p = pns_match_list(yes, value);
		if (!p)
			return false;
		why_add(m, "%s: %s matches \"%s\"", what, shown, PNS_ESC(p));
	}
	if (no->n) {
		const char *p = pns_match_list(no, value);
		if (p)
			return false;
		why_add(m, "not_%s: %s matches none of the %zu pattern(s)", what, shown, no->n);
	}
	return true;
}

/* r's groups and not_groups against l: 1 when both let it pass (with a
 * groups criterion, *group and *pattern say which matched), 0 when not, -1
 * when NSS failed on a group they name. */
static int groups_pass(const struct pns_rule *r, struct pns_login *l, const char **group,
		       const char **pattern, struct pns_err *e)
{
	*group = *pattern = NULL;
	int in;
	if (r->groups.n && (in = pns_match_groups(&r->groups, l, group, pattern, e)) <= 0)
		return in;
	const char *excluded, *by;
	if (r->not_groups.n && (in = pns_match_groups(&r->not_groups, l, &excluded, &by, e)) != 0)
		return in < 0 ? -1 : 0;
	return 1;
}

/* 1 when r matches l, 0 when not, -1 when NSS failed on a group it names.
 * The group criteria come last: only a rule whose other criteria match
 * costs a group lookup. */
static int rule_matches(const struct pns_rule *r, struct pns_login *l, struct pns_match *m,
			struct pns_err *e)
{
	m->why[0] = '\0';
	m->group = NULL;
	if (!match_value(m, "users", &r->users, &r->not_users, l->user) ||
	    !match_value(m, "services", &r->services, &r->not_services, l->service) ||
	    !match_value(m, "rhosts", &r->rhosts, &r->not_rhosts, l->rhost) ||
	    !match_value(m, "ttys", &r->ttys, &r->not_ttys, l->tty))
		return 0;
	const char *group, *pattern;
	int in = groups_pass(r, l, &group, &pattern, e);
	if (in <= 0)
		return in;
	if (r->groups.n) {
		m->group = group;
		why_add(m, "groups: %s matches \"%s\"", PNS_ESC(m->group), PNS_ESC(pattern));
	}
	if (r->not_groups.n)
		why_add(m, "not_groups: none of the %zu group(s) matches", l->ngroups);
	if (!m->why[0])
		why_add(m, "the rule has no criteria: it matches everyone");
	return 1;
}

int pns_match_rule(const struct pns_policy *pol, struct pns_login *l, struct pns_match *m,
		   struct pns_err *e)
{
	return pns_match_rule_among(pol, NULL, pol->nrules, l, m, e);
}

int pns_match_rule_among(const struct pns_policy *pol, const size_t *which, size_t n,
			 struct pns_login *l, struct pns_match *m, struct pns_err *e)
{
	memset(m, 0, sizeof(*m));
	for (size_t k = 0; k < n; k++) {
		size_t i = which ? which[k] : k;
		int r = rule_matches(&pol->rules[i], l, m, e);
		if (r > 0)
			m->rule = &pol->rules[i];
		if (r != 0) {
			/* NSS failed: no rule, rather than a later one the
			 * failing rule would have shadowed. */
			if (r < 0)
				memset(m, 0, sizeof(*m));
			return r < 0 ? -1 : 0;
		}
	}
	m->why[0] = '\0';
	m->group = NULL;
	return 0;
}

/* Whether r may match some session of l: its user and group criteria do;
 * services, rhosts and ttys are left open.  1, 0, or -1 (NSS failed). */
static int may_match_user(const struct pns_rule *r, struct pns_login *l, struct pns_err *e)
{
	struct pns_match scratch;
	scratch.why[0] = '\0';
	if (!match_value(&scratch, "users", &r->users, &r->not_users, l->user))
		return 0;
	const char *group, *pattern;
	return groups_pass(r, l, &group, &pattern, e);
}

int pns_match_manager_hider(const struct pns_policy *pol, struct pns_login *l, const struct pns_match *m,
			    const struct pns_rule **hider, struct pns_err *e)
{
	return pns_match_manager_hider_among(pol, NULL, pol->nrules, l, m, hider, e);
}

int pns_match_manager_hider_among(const struct pns_policy *pol, const size_t *which, size_t n,
				  struct pns_login *l, const struct pns_match *m,
				  const struct pns_rule **hider, struct pns_err *e)
{
	*hider = NULL;
	if (strcmp(l->service, PNS_MANAGER_SERVICE))
		return 0;
	if (m->rule && m->rule->hide_user_manager) {
		*hider = m->rule;
		return 0;
	}
	/* A rule that puts the manager into namespaces (a set it joins, new
	 * ones) is the admin's word on where it runs. */
	if (m->rule && !m->rule->none)
		return 0;
	/* None matches, or "none" does (a catch-all at the end, say): outside,
	 * unless no other session of the user hides it. */
	for (size_t k = 0; k < n; k++) {
		const struct pns_rule *r = &pol->rules[which ? which[k] : k];
		int may = may_match_user(r, l, e);
		if (may < 0)
			return -1;
		if (!may)
			continue;
		if (r->hide_user_manager) {
			*hider = r;
			return 0;
		}
		/* The first match of every session of this user: nothing
		 * after it applies. */
		if (pns_rule_every_session(r))
			return 0;
	}
	return 0;
}

const char *pns_manager_refusal(const struct pns_rule *hider, const struct pns_match *m, char *buf,
				size_t size)
{
	snprintf(buf, size, "rule %s:%d hides it from the user's sessions (user_manager)%s", PNS_ESC(hider->file),
		 hider->line, hider == m->rule ? "" : ", and no rule places the manager itself");
	return buf;
}

bool pns_rule_every_session(const struct pns_rule *r)
{
	return !r->services.n && !r->not_services.n && !r->rhosts.n && !r->not_rhosts.n && !r->ttys.n &&
	       !r->not_ttys.n;
}

bool pns_pattern_covered(const struct pns_strlist *list, const char *pattern)
{
	for (size_t i = 0; i < list->n; i++)
		if (!strcmp(list->v[i], "*") || !strcmp(list->v[i], pattern) ||
		    (pns_pattern_is_literal(pattern) && pattern_matches(list->v[i], pattern)))
			return true;
	return false;
}

/* Every pattern of `inner` covered by `outer`; an empty `inner` (any
 * value) only by a "*". */
static bool list_covered(const struct pns_strlist *outer, const struct pns_strlist *inner)
{
	if (!inner->n)
		return pns_pattern_covered(outer, "*");
	for (size_t i = 0; i < inner->n; i++)
		if (!pns_pattern_covered(outer, inner->v[i]))
			return false;
	return true;
}

/* One criterion on a single value: every value b lets through, a does. */
static bool value_covered(const struct pns_strlist *a_yes, const struct pns_strlist *a_no,
			  const struct pns_strlist *b_yes, const struct pns_strlist *b_no)
{
	if (a_yes->n && !list_covered(a_yes, b_yes))
		return false;
	/* No value b lets through may be one a excludes: each pattern a
	 * excludes is excluded by b too, or b names only literal values a
	 * does not exclude. */
	for (size_t i = 0; i < a_no->n; i++) {
		const char *q = a_no->v[i];
		if (pns_pattern_covered(b_no, q))
			continue;
		if (!b_yes->n)
			return false;
		for (size_t k = 0; k < b_yes->n; k++) {
			const char *v = b_yes->v[k];
			if (!pns_pattern_is_literal(v) || (pattern_matches(q, v) && !pns_pattern_covered(b_no, v)))
				return false;
		}
	}
	return true;
}

bool pns_rule_covers(const struct pns_rule *a, const struct pns_rule *b)
{
	if (!value_covered(&a->users, &a->not_users, &b->users, &b->not_users) ||
	    !value_covered(&a->services, &a->not_services, &b->services, &b->not_services) ||
	    !value_covered(&a->rhosts, &a->not_rhosts, &b->rhosts, &b->not_rhosts) ||
	    !value_covered(&a->ttys, &a->not_ttys, &b->ttys, &b->not_ttys))
		return false;
	/* Groups are many per user: b's matching group matches a pattern of
	 * a's groups, and any group a excludes b excludes too. */
	if (a->groups.n && !list_covered(&a->groups, &b->groups))
		return false;
	for (size_t i = 0; i < a->not_groups.n; i++)
		if (!pns_pattern_covered(&b->not_groups, a->not_groups.v[i]))
			return false;
	return true;
}
