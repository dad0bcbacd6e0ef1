/* pam_ns_helper check: the policy loads (main did that), and what its
 * logins would meet agrees with it — every refusal a login would hit that
 * can be known now is an error, every sign that the policy does not do
 * what it says is a warning.  pam_ns_helper(8) lists them all. */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <net/if.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "common/child.h"
#include "common/path.h"
#include "common/view.h"
#include "helper/helper.h"
#include "helper/helper_pamd.h"
#include "paths.h"	/* PNS_HELPER_PATH, PNS_INIT_PATH: made by the Makefile in $(BUILD) */
#include "session/login.h"
#include "session/match.h"
#include "session/options.h"
#include "session/plan.h"
#include "session/setup.h"
#include "store/hook.h"
#include "store/pin.h"
#include "store/store.h"

/* --- what keeps check linear in the policy ------------------------------- */

/* A set of strings (open addressing, FNV-1a), for the "seen already"
 * questions check asks once per rule or name. */
struct strset {
	char **slot;
	size_t cap, n;
};

static size_t strset_hash(const char *s)
{
	size_t h = 14695981039346656037ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static bool strset_has(const struct strset *set, const char *s)
{
	for (size_t i = set->cap ? strset_hash(s) & (set->cap - 1) : 0; set->cap && set->slot[i];
	     i = (i + 1) & (set->cap - 1))
		if (!strcmp(set->slot[i], s))
			return true;
	return false;
}

/* Add a copy of s (once); false without memory, the set unchanged. */
static bool strset_add(struct strset *set, const char *s)
{
	if (strset_has(set, s))
		return true;
	if (2 * (set->n + 1) > set->cap) {
		size_t cap = set->cap ? 2 * set->cap : 64;
		char **slot = calloc(cap, sizeof(*slot));
		if (!slot)
			return false;
		for (size_t k = 0; k < set->cap; k++) {
			if (!set->slot[k])
				continue;
			size_t i = strset_hash(set->slot[k]) & (cap - 1);
			while (slot[i])
				i = (i + 1) & (cap - 1);
			slot[i] = set->slot[k];
		}
		free(set->slot);
		set->slot = slot;
		set->cap = cap;
	}
	char *copy = strdup(s);
	if (!copy)
		return false;
	size_t i = strset_hash(s) & (set->cap - 1);
	while (set->slot[i])
		i = (i + 1) & (set->cap - 1);
	set->slot[i] = copy;
	set->n++;
	return true;
}

static void strset_free(struct strset *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->slot[i]);
	free(set->slot);
	*set = (struct strset){ 0 };
}

/*
 * Which earlier rules may cover a rule (pns_rule_covers).  A rule a whose
 * users are all literal names covers b only when b's users are literal
 * names all in a's list (a literal pattern matches itself alone, and
 * covers no wildcard and no empty list); likewise, for a rule without such
 * users, its groups.  So the rules are filed under the literal names of
 * their users (the index of the rules that may match a user,
 * pns_user_rules) or else of their groups (groups), the others are "wild"
 * (compared with every later rule), and b meets only the wild rules and
 * those filed under one of its own names.
 */
struct rule_index {
	struct pns_rule_refs groups;	/* rules filed by group, not by user */
	size_t *wild, nwild;		/* rules filed under no name, ascending */
	size_t *cand;			/* scratch: one rule's candidates */
};

/* Literal groups, for a rule not filed under its users. */
static const struct pns_strlist *literal_groups(const struct pns_rule *r)
{
	return !pns_list_is_literal(&r->users) && pns_list_is_literal(&r->groups) ? &r->groups : NULL;
}

static int index_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

/* 0, or -1 without memory (check then compares every pair as before). */
static int index_rules(const struct pns_policy *pol, struct rule_index *ix)
{
	ix->wild = malloc((pol->nrules + 1) * sizeof(*ix->wild));
	ix->cand = malloc((pol->nrules + 1) * sizeof(*ix->cand));
	if (!ix->wild || !ix->cand || pns_rule_refs_build(&ix->groups, pol, literal_groups) < 0)
		return -1;
	for (size_t i = 0; i < pol->nrules; i++)
		if (!pns_list_is_literal(&pol->rules[i].users) && !literal_groups(&pol->rules[i]))
			ix->wild[ix->nwild++] = i;
	return 0;
}

static void index_free(struct rule_index *ix)
{
	pns_rule_refs_free(&ix->groups);
	free(ix->wild);
	free(ix->cand);
}

/* Append to ix->cand[n...] the rules before `before` filed in refs under
 * the name of list (all literal: under which each candidate must be) that
 * has the fewest; the new n. */
static size_t add_filed(struct rule_index *ix, const struct pns_rule_refs *refs, const struct pns_strlist *list,
			size_t before, size_t n)
{
	if (!pns_list_is_literal(list))
		return n;
	size_t best_lo = 0, best_hi = SIZE_MAX;
	for (size_t i = 0; i < list->n; i++) {
		size_t lo, hi = pns_rule_refs_range(refs, list->v[i], &lo);
		if (best_hi == SIZE_MAX || hi - lo < best_hi - best_lo)
			best_lo = lo, best_hi = hi;
	}
	for (size_t k = best_lo; k < best_hi && refs->v[k].rule < before; k++)
		ix->cand[n++] = refs->v[k].rule;
	return n;
}

/* Per set, the rules that join it, in order: joiners[start[s], start[s + 1]). */
struct set_index {
	size_t *start, *joiners;
	bool *created;			/* some rule joining it creates it */
};

static int index_sets(const struct pns_policy *pol, struct set_index *sx)
{
	sx->start = calloc(pol->nsets + 2, sizeof(*sx->start));
	sx->joiners = malloc((pol->nrules + 1) * sizeof(*sx->joiners));
	sx->created = calloc(pol->nsets + 1, sizeof(*sx->created));
	if (!sx->start || !sx->joiners || !sx->created)
		return -1;
	for (size_t i = 0; i < pol->nrules; i++)
		if (pol->rules[i].join)
			sx->start[pol->rules[i].join - pol->sets + 2]++;
	for (size_t s = 0; s < pol->nsets; s++)
		sx->start[s + 2] += sx->start[s + 1];
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_set *s = pol->rules[i].join;
		if (!s)
			continue;
		sx->joiners[sx->start[s - pol->sets + 1]++] = i;
		sx->created[s - pol->sets] |= pol->rules[i].create;
	}
	return 0;
}

static void set_index_free(struct set_index *sx)
{
	free(sx->start);
	free(sx->joiners);
	free(sx->created);
}

/*
 * The literal user and group names of the policy, each looked up in NSS
 * once (a name in many rules costs one lookup, not one per rule), at most
 * PNS_CHECK_NSS_MAX of them in the order the policy first names them: with
 * the files backend each lookup reads /etc/passwd or /etc/group through,
 * with LDAP it is a round trip, so the cost of a policy naming 100,000
 * users is bounded.  The names past the cap are not judged (a note says
 * how many).
 */
#define PNS_CHECK_NSS_MAX 10000

enum { NSS_NOT_ASKED, NSS_KNOWN, NSS_UNKNOWN, NSS_FAILED };

struct nss_name {
	const char *name;
	bool group;
	size_t first;			/* order of its first mention */
	int state;
	char *msg;			/* NSS_FAILED: why */
};

struct nss_names {
	struct nss_name *v;
	size_t n;
	size_t skipped;			/* distinct names not looked up */
};

static int nss_name_cmp(const void *a, const void *b)
{
	const struct nss_name *x = a, *y = b;
	int d = (int)x->group - (int)y->group;
	return d ? d : strcmp(x->name, y->name);
}

static int nss_first_cmp(const void *a, const void *b)
{
	const struct nss_name *x = *(struct nss_name *const *)a, *y = *(struct nss_name *const *)b;
	return (x->first > y->first) - (x->first < y->first);
}

/* The entry of `name` (NULL: the policy does not name it literally). */
static struct nss_name *nss_find(const struct nss_names *nn, const char *name, bool group)
{
	struct nss_name probe = { .name = name, .group = group };
	return nn->n ? bsearch(&probe, nn->v, nn->n, sizeof(*nn->v), nss_name_cmp) : NULL;
}

/* Whether check_names judges n of a list of groups (group) or users. */
static bool nss_judged(const char *n, bool group)
{
	/* A gid without a name matches as its number (pns_login_lookup). */
	return pns_pattern_is_literal(n) && !(group && n[strspn(n, "0123456789")] == '\0');
}

static size_t nss_collect(struct nss_name *v, size_t n, const struct pns_strlist *l, bool group)
{
	for (size_t i = 0; i < l->n; i++)
		if (nss_judged(l->v[i], group)) {
			if (v)
				v[n] = (struct nss_name){ .name = l->v[i], .group = group, .first = n };
			n++;
		}
	return n;
}

/* Every name check_names judges, in the order it judges them. */
static size_t nss_collect_all(const struct pns_policy *pol, struct nss_name *v)
{
	size_t n = 0;
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_rule *r = &pol->rules[i];
		n = nss_collect(v, n, &r->users, false);
		n = nss_collect(v, n, &r->not_users, false);
		n = nss_collect(v, n, &r->groups, true);
		n = nss_collect(v, n, &r->not_groups, true);
	}
	for (size_t i = 0; i < pol->nsets; i++)
		n = nss_collect(v, n, &pol->sets[i].group_from, true);
	return n;
}

/* 0, or -1 without memory. */
static int lookup_names(const struct pns_policy *pol, struct nss_names *nn)
{
	size_t n = nss_collect_all(pol, NULL);
	if (!(nn->v = malloc((n + 1) * sizeof(*nn->v))))
		return -1;
	nss_collect_all(pol, nn->v);
	/* Sorted unique, each keeping its first mention. */
	qsort(nn->v, n, sizeof(*nn->v), nss_name_cmp);
	for (size_t i = 0; i < n; i++) {
		if (nn->n && !nss_name_cmp(&nn->v[nn->n - 1], &nn->v[i])) {
			if (nn->v[i].first < nn->v[nn->n - 1].first)
				nn->v[nn->n - 1].first = nn->v[i].first;
			continue;
		}
		nn->v[nn->n++] = nn->v[i];
	}
	/* An array of pointers, sized by its element. */
	struct nss_name **order = malloc((nn->n + 1) * sizeof(*order));	// NOLINT(bugprone-sizeof-expression)
	if (!order)
		return -1;
	for (size_t i = 0; i < nn->n; i++)
		order[i] = &nn->v[i];
	qsort(order, nn->n, sizeof(*order), nss_first_cmp);	// NOLINT(bugprone-sizeof-expression)
	for (size_t i = 0; i < nn->n; i++) {
		struct nss_name *x = order[i];
		if (i >= PNS_CHECK_NSS_MAX) {
			nn->skipped++;
			continue;
		}
		struct pns_err e = { 0 };
		int k = pns_nss_known(x->name, x->group, &e);
		x->state = k < 0 ? NSS_FAILED : k ? NSS_KNOWN : NSS_UNKNOWN;
		if (k < 0 && !(x->msg = strdup(e.msg)))
			x->state = NSS_NOT_ASKED;
	}
	free(order);
	return 0;
}

static void nss_names_free(struct nss_names *nn)
{
	for (size_t i = 0; i < nn->n; i++)
		free(nn->v[i].msg);
	free(nn->v);
}

struct check {
	const struct pns_policy *pol;
	int errors, warnings;
	bool any_stack;			/* some PAM stack loads pam_ns at all */
	bool any_real;			/* some runs it for real (not dry_run) */
	struct pns_strlist services;	/* every PAM service with a stack (pns_pamd_list), sorted */
	struct pns_pamd *stacks;	/* services.v[i]'s, each read once */
	struct pns_strlist programs;	/* checked already: 'h' or 'i', then the path */
	struct strset bad_names;	/* "file:line\tname" check_rule_names reported */
	struct strset netns_seen;	/* netns names whose entries check_netns_dir looked at */
	/* What becomes of a login the module cannot isolate, under the
	 * policy's on_error: the end of every error's sentence. */
	const char *refused;
	const char *init;		/* pam_ns_helper's own init (-i), for apply and create */
	bool *shadowed;			/* per rule: check_shadowed said it never matches */
	struct pns_user_rules users;	/* which rules may match which user */
	struct rule_index ix;		/* which rules may cover which (index_rules) */
	size_t wild_budget;		/* PNS_CHECK_WILD_COMPARISONS, counted down */
	bool wild_cut;			/* first_cover ran out of it */
	struct set_index sx;		/* which rules join which set (index_sets) */
	struct nss_names nss;		/* the literal names, each looked up once (lookup_names) */
};

__attribute__((format(printf, 5, 6)))
static void finding(struct check *c, bool error, const char *file, int line, const char *fmt, ...)
{
	/* As a policy error (pns_diag_add): every value in a finding comes
	 * from the policy, NSS or the PAM stacks, so the sentence is escaped
	 * whole, and the file name too. */
	/* Whole first (a value may be as long as a policy string), then
	 * escaped into a bounded line: a cut shows pns_escape's mark. */
	char *msg = NULL, shown[8192];
	va_list ap;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	pns_escape(shown, sizeof(shown), msg ? msg : "(out of memory while reporting a finding)");
	free(msg);
	if (line > 0)
		fprintf(stderr, "%s:%d: %s%s\n", PNS_ESC(file), line, error ? "" : "warning: ", shown);
	else
		fprintf(stderr, "%s: %s%s\n", PNS_ESC(file), error ? "" : "warning: ", shown);
	error ? c->errors++ : c->warnings++;
}

/*
 * Comparisons of a rule with earlier rules filed under no name (patterns
 * in both users and groups, or neither) that check makes in all: each
 * such rule may cover any later one, so they are compared pairwise, and a
 * policy of 100,000 of them would take minutes.  Past this many (about a
 * second), check says once that it stopped looking for such rules that
 * make later ones dead; rules filed under a name are always compared.
 */
#define PNS_CHECK_WILD_COMPARISONS 20000000

/* The first rule before rule j that covers it (pns_rule_covers), among
 * those with no service, rhost or tty criterion when every_session; or
 * SIZE_MAX.  The wild rules before j and those filed under one of j's
 * names, both ascending, merged.  Without the index (no memory): every
 * earlier rule. */
static size_t first_cover(struct check *c, size_t j, bool every_session)
{
	const struct pns_policy *pol = c->pol;
	const struct pns_rule *b = &pol->rules[j];
	struct rule_index *ix = &c->ix;
	if (!ix->cand) {
		for (size_t i = 0; i < j; i++)
			if ((!every_session || pns_rule_every_session(&pol->rules[i])) &&
			    pns_rule_covers(&pol->rules[i], b))
				return i;
		return SIZE_MAX;
	}
	size_t n = add_filed(ix, &c->users.named, &b->users, j, 0);
	n = add_filed(ix, &ix->groups, &b->groups, j, n);
	qsort(ix->cand, n, sizeof(*ix->cand), index_cmp);
	for (size_t f = 0, w = 0;;) {
		bool wild_left = w < ix->nwild && ix->wild[w] < j && c->wild_budget > 0;
		if (!wild_left && w < ix->nwild && ix->wild[w] < j)
			c->wild_cut = true;
		if (f == n && !wild_left)
			return SIZE_MAX;
		size_t i;
		if (f < n && (!wild_left || ix->cand[f] < ix->wild[w])) {
			i = ix->cand[f++];
		} else {
			i = ix->wild[w++];
			c->wild_budget--;
		}
		const struct pns_rule *a = &pol->rules[i];
		if ((!every_session || pns_rule_every_session(a)) && pns_rule_covers(a, b))
			return i;
	}
}

/* --- the PAM stacks and the programs a login runs ------------------------ */

/* Whether rule r may match a session of `service` (its services
 * criteria; the others are left open). */
static bool may_match_service(const struct pns_rule *r, const char *service)
{
	return (!r->services.n || pns_match_list(&r->services, service)) &&
	       !(r->not_services.n && pns_match_list(&r->not_services, service));
}

static int by_name(const void *key, const void *elem)
{
	return strcmp(key, *(char *const *)elem);
}

/* The stack of `service` as read_stacks read it, or NULL for none. */
static const struct pns_pamd *stack_of(const struct check *c, const char *service)
{
	char *const *hit = c->services.n ? bsearch(service, c->services.v, c->services.n,
						   sizeof(*c->services.v), by_name) : NULL;
	return hit ? &c->stacks[hit - c->services.v] : NULL;
}

/* Every service's stack, read once into c->stacks, saying on the way what
 * the module would refuse in them (an option, a module libpam cannot
 * find) and what makes their logins follow another policy (config=) or
 * rescue no one (rescue=): each once per file holding the line. */
static void read_stacks(struct check *c, const char *config)
{
	struct pns_strlist bad_files = { 0 }, rescue_files = { 0 }, config_files = { 0 }, module_files = { 0 };
	if (pns_pamd_list(&c->services) < 0 ||
	    !(c->stacks = calloc(c->services.n + 1, sizeof(*c->stacks)))) {
		finding(c, false, c->pol->files.v[0], 0, "cannot read the PAM stacks: %s", strerror(ENOMEM));
		pns_strlist_free(&c->services);
		return;
	}
	for (size_t i = 0; i < c->services.n; i++) {
		const struct pns_pamd *st = &c->stacks[i];
		pns_pamd_read(c->services.v[i], &c->stacks[i]);
		c->any_stack |= st->loads;
		c->any_real |= st->real;
		if (st->bad[0] && !pns_strlist_has(&bad_files, st->bad_file)) {
			pns_strlist_add(&bad_files, st->bad_file);
			finding(c, true, st->bad_file, 0, "pam_ns.so option \"%s\" is unknown or invalid "
				"(" PNS_OPTIONS_SYNTAX "): every session of the stacks that use this file is "
				"refused", st->bad);
		}
		if (!st->real)
			continue;
		/* libpam loads a module named without a leading '/' from its
		 * own directory (pam.d(5)): the one the module is installed in. */
		char module[2 * PATH_MAX];
		struct stat mst;
		snprintf(module, sizeof(module), "%s%s%s", st->module[0] == '/' ? "" : PNS_PAM_MODULE_DIR,
			 st->module[0] == '/' ? "" : "/", st->module);
		if ((stat(module, &mst) < 0 || !S_ISREG(mst.st_mode)) &&
		    !pns_strlist_has(&module_files, st->line_file)) {
			pns_strlist_add(&module_files, st->line_file);
			finding(c, true, st->line_file, 0, "its pam_ns line loads %s, which libpam does not "
				"find at %s: every session of the stacks that read this line fails (\"Module is "
				"unknown\") or, with control optional, goes on unisolated", st->module, module);
		}
		/* rescue= names that are no one rescue no one. */
		for (const char *p = st->rescue; *p && !pns_strlist_has(&rescue_files, st->line_file);) {
			size_t len = strcspn(p, ",");
			char name[256];
			struct pns_err e = { 0 };
			snprintf(name, sizeof(name), "%.*s", (int)len, p);
			if (pns_nss_known(name, false, &e) == 0) {
				finding(c, false, st->line_file, 0, "pam_ns.so rescue=%s: no user \"%s\" is known "
					"to NSS: if the policy breaks, nobody of that name is let in", st->rescue,
					name);
				pns_strlist_add(&rescue_files, st->line_file);
			}
			p += len + (p[len] == ',');
		}
		if (st->config[0] && strcmp(st->config, config) &&
		    !pns_strlist_has(&config_files, st->line_file)) {
			pns_strlist_add(&config_files, st->line_file);
			finding(c, false, st->line_file, 0, "pam_ns.so runs with config=%s here: the "
				"logins of the stacks that read this line follow that policy, not %s",
				st->config, config);
		}
	}
	pns_strlist_free(&bad_files);
	pns_strlist_free(&rescue_files);
	pns_strlist_free(&config_files);
	pns_strlist_free(&module_files);
}

/*
 * The helper (init false) or pam_ns-init (init true) that the logins of
 * rule r run, one per stack r may match (its helper= or init=, else the
 * built-in path; every stack when r is NULL, and the built-in path when no
 * stack runs pam_ns yet), each checked as the module checks it
 * (pns_exe_open) and reported once, at the first rule or set needing it.
 */
/* Whether `path`, the helper (init false) or pam_ns-init, is new to this
 * check and a program root cannot run (pns_exe_open, the module's own
 * test), *e saying why: each is judged, and reported, once. */
static bool cannot_run_new(struct check *c, bool init, const char *path, struct pns_err *e)
{
	char key[PATH_MAX + 8];
	snprintf(key, sizeof(key), "%c%s", init ? 'i' : 'h', path);
	if (pns_strlist_has(&c->programs, key))
		return false;
	pns_strlist_add(&c->programs, key);
	int fd = pns_exe_open(path, e);
	if (fd < 0)
		return true;
	close(fd);
	return false;
}

static void need_program(struct check *c, const struct pns_rule *r, bool init, const char *file,
			 int line, const char *what)
{
	const char *builtin = init ? PNS_INIT_PATH : PNS_HELPER_PATH;
	/* Past the last stack: the built-in path, when no stack runs pam_ns. */
	for (size_t i = 0; i <= c->services.n; i++) {
		const struct pns_pamd *st = i < c->services.n ? &c->stacks[i] : NULL;
		if (st ? !st->real || (r && !may_match_service(r, c->services.v[i])) : c->any_real)
			continue;
		const char *named = !st ? "" : init ? st->init : st->helper;
		const char *path = named[0] ? named : builtin;
		struct pns_err e = { 0 };
		if (!cannot_run_new(c, init, path, &e))
			continue;
		char from[PATH_MAX + 64];
		if (named[0])
			snprintf(from, sizeof(from), "%s= in the PAM stack %s", init ? "init" : "helper",
				 st->file);
		else
			snprintf(from, sizeof(from), "the module's built-in path");
		finding(c, true, file, line, "%s: %s (%s) cannot be run: %s; those logins %s", what, path,
			from, e.msg, c->refused);
	}
}

static void check_programs(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	if (!c->any_stack && pol->nrules)
		finding(c, false, pol->files.v[0], 0, "no PAM stack in " PNS_PAMD_DIR " loads pam_ns.so "
			"yet: the policy applies to no login (enable the module with pam-auth-update "
			"--enable pam_ns)");
	char what[512];
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_rule *r = &pol->rules[i];
		if (r->join && r->create && !r->join->external) {
			snprintf(what, sizeof(what), "this rule creates set %s at login with pam_ns_helper",
				 r->join->name);
			need_program(c, r, false, r->file, r->line, what);
			if (r->join->types & PNS_BIT(PNS_PID)) {
				snprintf(what, sizeof(what), "this rule creates set %s, whose PID 1 is pam_ns-init",
					 r->join->name);
				need_program(c, r, true, r->file, r->line, what);
			}
		}
		if (r->unshare & PNS_BIT(PNS_PID))
			need_program(c, r, true, r->file, r->line,
				     "this rule unshares pid, whose PID 1 is pam_ns-init");
	}
	/* Shared sets made by apply (pam-ns.service) or create: the
	 * helper's own init (-i, else its built-in path).  Per-user and
	 * per-group ones are made by logins (above) or by an admin's create. */
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_set *s = &pol->sets[i];
		if (s->external || s->per != PNS_PER_SHARED || !(s->types & PNS_BIT(PNS_PID)))
			continue;
		struct pns_err e = { 0 };
		if (cannot_run_new(c, true, c->init, &e))
			finding(c, true, s->file, s->line, "set %s has a pid namespace, whose PID 1 is "
				"pam_ns-init: %s (pam_ns_helper's, -i) cannot be run: %s; apply and create "
				"cannot make the set", s->name, c->init, e.msg);
	}
}

/* Each hook of a set of ours, opened as the helper opens it before it runs
 * it (pns_hook_open): one root should not run fails every creation of the
 * set (the logins of rules that create it among them), or, for a delete
 * hook, every delete. */
static void check_hooks(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_set *s = &pol->sets[i];
		for (int k = PNS_HOOK_CREATE; !s->external && k <= PNS_HOOK_DELETE; k++) {
			struct pns_err e = { 0 };
			int fd = pns_hook_open(s, (enum pns_hook_kind)k, &e);
			if (fd >= 0)
				close(fd);
			if (fd != -1)
				continue;
			if (k == PNS_HOOK_CREATE)
				finding(c, true, s->file, s->hooks.line, "set %s: %s; no instance of the set can "
					"be made: logins that would create it %s, and pam_ns_helper create and "
					"apply fail", s->name, e.msg, c->refused);
			else
				finding(c, true, s->file, s->hooks.line, "set %s: %s; pam_ns_helper delete and "
					"purge delete its instances without it, and fail", s->name, e.msg);
		}
	}
}

/* --- paths logins open ---------------------------------------------------- */

/* The first rule that joins set s, or NULL. */
static const struct pns_rule *first_joiner(const struct check *c, const struct pns_set *s)
{
	const struct pns_policy *pol = c->pol;
	size_t k = (size_t)(s - pol->sets);
	if (!c->sx.start)
		for (size_t i = 0; i < pol->nrules; i++)
			if (pol->rules[i].join == s)
				return &pol->rules[i];
	return c->sx.start && c->sx.start[k] < c->sx.start[k + 1] ?
	       &pol->rules[c->sx.joiners[c->sx.start[k]]] : NULL;
}

/* Each pin of an external set, opened as a login opens it (pns_pin_openat,
 * the one verdict): a link or an untrusted directory on the way is an
 * error (every login of the set is refused, whatever is pinned there
 * later); a pin not there yet, or not a namespace of its type, a warning. */
static void check_external_pins(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_set *s = &pol->sets[i];
		for (int t = 0; s->external && t < PNS_NTYPES; t++) {
			if (!s->paths[t])
				continue;
			struct pns_err e = { 0 };
			int fd = pns_pin_openat(AT_FDCWD, NULL, s->paths[t], (enum pns_type)t, true, &e);
			if (fd >= 0) {
				close(fd);
				continue;
			}
			int line = s->path_lines[t] ? s->path_lines[t] : s->line;
			const char *name = pns_types[t].name;
			if (pns_pin_error_is_static(&e))
				finding(c, true, s->file, line, "set %s: %s pin %s can never be used: %s; every "
					"login that joins the set %s", s->name, name, s->paths[t], e.msg,
					c->refused);
			else if (e.errnum == ENOENT)
				finding(c, false, s->file, line, "set %s: %s pin %s does not exist (yet): logins "
					"that join the set %s until it is pinned there", s->name, name,
					s->paths[t], c->refused);
			else
				finding(c, false, s->file, line, "set %s: %s: logins that join the set %s "
					"while it is so", s->name, e.msg, c->refused);
		}
	}
}

/* /run/netns, where an ip_netns set's net namespace is pinned too: the
 * store opens it so (pns_run_netns_open); absent is fine, it makes it. */
static void check_run_netns(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_set *s = &pol->sets[i];
		if (!s->ip_netns)
			continue;
		struct pns_err e = { 0 };
		int fd = pns_run_netns_open(false, &e);
		if (fd >= 0)
			close(fd);
		else if (e.errnum != ENOENT)
			finding(c, true, s->file, s->line, "set %s (ip_netns): %s; the set cannot be made",
				s->name, e.msg);
		return;
	}
}

/* What becomes of one entry of /etc/netns/NAME (netns_dir) over /etc
 * (etc_dir), as pns_view_apply treats it: neither side's link followed. */
static void check_netns_entry(struct check *c, const char *file, int line, const char *name,
			      int netns_dir, int etc_dir, const char *entry)
{
	struct stat ns, host;
	if (fstatat(netns_dir, entry, &ns, AT_SYMLINK_NOFOLLOW) < 0)
		return;		/* gone since it was read: nothing to say of it */
	if (fstatat(etc_dir, entry, &host, AT_SYMLINK_NOFOLLOW) < 0) {
		if (errno == ENOENT)
			finding(c, false, file, line, "netns \"%s\": /etc/netns/%s/%s is not applied: /etc "
				"has no %s for it to cover (as with ip netns exec, only names that exist in "
				"/etc are bound)", name, name, entry, entry);
		return;
	}
	if (!pns_view_fits(ns.st_mode, host.st_mode)) {
		finding(c, false, file, line, "netns \"%s\": /etc/netns/%s/%s is %sa directory and /etc/%s "
			"is%s: it is skipped, the session sees the host's /etc/%s", name, name, entry,
			S_ISDIR(ns.st_mode) ? "" : "not ", entry, S_ISDIR(ns.st_mode) ? " not" : "", entry);
		return;
	}
	if (!S_ISLNK(ns.st_mode))
		return;
	char target[PATH_MAX];
	ssize_t len = readlinkat(netns_dir, entry, target, sizeof(target) - 1);
	if (len <= 0 || target[0] == '/')
		return;
	target[len] = '\0';
	/* The link itself is bound over /etc/ENTRY (pns_view_bind), so the
	 * kernel resolves its target from /etc, where it now sits. */
	finding(c, false, file, line, "netns \"%s\": /etc/netns/%s/%s is a symbolic link to the relative "
		"path %s, bound as the link itself over /etc/%s: in the session it resolves to /etc/%s, "
		"not /etc/netns/%s/%s (make it an absolute link or a plain file)", name, name, entry,
		target, entry, target, name, target);
}

/* /etc/netns/NAME, bound over /etc as the session starts: opened as the
 * module's pns_setup_etc_netns opens it (pns_view_open), and, at the first
 * rule or set using NAME only, each of its entries as the view treats it,
 * in name order. */
static void check_netns_dir(struct check *c, const char *file, int line, const char *name)
{
	struct pns_err e = { 0 };
	cleanup_close int dir = -1, etc = -1;
	if (pns_view_open(name, &dir, &etc, &e) < 0) {
		finding(c, true, file, line, "netns \"%s\": %s; every login it concerns %s", name, e.msg,
			c->refused);
		return;
	}
	if (dir < 0) {
		finding(c, false, file, line, "netns \"%s\": /etc/netns/%s does not exist: nothing is bound "
			"over /etc", name, name);
		return;
	}
	if (strset_has(&c->netns_seen, name))
		return;
	strset_add(&c->netns_seen, name);
	/* A stream of its own (dir stays usable for fstatat): names read
	 * first, looked at in order, so the findings are the same each run. */
	struct pns_strlist entries = { 0 };
	int fd = openat(dir, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = fd < 0 ? NULL : fdopendir(fd);
	if (!d) {
		if (fd >= 0)
			close(fd);
		finding(c, false, file, line, "netns \"%s\": cannot read /etc/netns/%s: %s", name, name,
			strerror(errno));
		return;
	}
	for (struct dirent *de; (de = readdir(d));)
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			pns_strlist_add(&entries, de->d_name);
	closedir(d);
	pns_strlist_sort(&entries);
	for (size_t i = 0; i < entries.n; i++)
		check_netns_entry(c, file, line, name, dir, etc, entries.v[i]);
	pns_strlist_free(&entries);
}

static void check_netns_dirs(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nrules; i++)
		if (pol->rules[i].setup.netns)
			check_netns_dir(c, pol->rules[i].file, pol->rules[i].line, pol->rules[i].setup.netns);
	for (size_t i = 0; i < pol->nsets; i++)
		if (pol->sets[i].setup.netns)
			check_netns_dir(c, pol->sets[i].file, pol->sets[i].line, pol->sets[i].setup.netns);
}

/* --- users and groups ----------------------------------------------------- */

static void check_names(struct check *c, const char *file, int line, const char *key,
			const struct pns_strlist *list, bool group)
{
	for (size_t i = 0; i < list->n; i++) {
		const char *n = list->v[i];
		if (!nss_judged(n, group))
			continue;
		/* Looked up once by lookup_names (else, without memory, here). */
		const struct nss_name *x = nss_find(&c->nss, n, group);
		struct pns_err e = { 0 };
		int k = !x ? pns_nss_known(n, group, &e) : x->state == NSS_KNOWN ? 1 :
			x->state == NSS_UNKNOWN ? 0 : -1;
		if (x && x->state == NSS_NOT_ASKED)
			continue;	/* past PNS_CHECK_NSS_MAX: the note says so */
		if (k < 0)
			finding(c, false, file, line, "%s: NSS failed: %s (the rule may not match as meant)",
				key, !x ? e.msg : x->msg ? x->msg : strerror(ENOMEM));
		else if (!k)
			finding(c, false, file, line, "%s: no %s \"%s\" is known to NSS (%s): it %s", key,
				group ? "group" : "user", n, group ? "getent group" : "getent passwd",
				!strncmp(key, "not_", 4) ? "excludes nobody" :
				!strcmp(key, "group_from") ? "is no one's instance" : "matches nobody");
	}
}

static void check_all_names(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	if (lookup_names(pol, &c->nss) < 0) {
		nss_names_free(&c->nss);
		c->nss = (struct nss_names){ 0 };
	}
	if (c->nss.skipped)
		fprintf(stderr, "%s: note: %zu of the %zu user and group names the policy names were not "
			"looked up in NSS (check looks up the first %d only): check says nothing of them\n",
			PNS_ESC(pol->files.v[0]), c->nss.skipped, c->nss.n, PNS_CHECK_NSS_MAX);
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_rule *r = &pol->rules[i];
		check_names(c, r->file, r->line, "users", &r->users, false);
		check_names(c, r->file, r->line, "not_users", &r->not_users, false);
		check_names(c, r->file, r->line, "groups", &r->groups, true);
		check_names(c, r->file, r->line, "not_groups", &r->not_groups, true);
	}
	for (size_t i = 0; i < pol->nsets; i++)
		check_names(c, pol->sets[i].file, pol->sets[i].line, "group_from", &pol->sets[i].group_from, true);
}

/* --- PAM services --------------------------------------------------------- */

/* Names admins write for a service that has another. */
static const struct {
	const char *written, *service, *why;
} misnamed[] = {
	{ "ssh", "sshd", "the OpenSSH server opens its sessions as sshd" },
	{ "openssh", "sshd", "the OpenSSH server opens its sessions as sshd" },
	{ "openssh-server", "sshd", "the OpenSSH server opens its sessions as sshd" },
	{ "console", "login", "console and serial logins (getty) open their sessions as login" },
	{ "tty", "login", "console and serial logins (getty) open their sessions as login" },
	{ "getty", "login", "console and serial logins (getty) open their sessions as login" },
	{ "agetty", "login", "console and serial logins (getty) open their sessions as login" },
	{ "su -", "su-l", "su - and su -l open their sessions as su-l" },
	{ "su -l", "su-l", "su - and su -l open their sessions as su-l" },
	{ "sudo -i", "sudo-i", "sudo -i opens its sessions as sudo-i" },
	{ "systemd", "systemd-user", "the user's service manager opens its session as systemd-user" },
	{ "user@", "systemd-user", "the user's service manager opens its session as systemd-user" },
};

/* Services that come in pairs: a rule naming one usually means both. */
static const struct {
	const char *named, *other, *how;
} partners[] = {
	{ "su", "su-l", "su - USER and su -l USER open the service su-l" },
	{ "su-l", "su", "su USER (without -) opens the service su" },
	{ "sudo", "sudo-i", "sudo -i opens the service sudo-i" },
	{ "sudo-i", "sudo", "sudo without -i opens the service sudo" },
	{ "runuser", "runuser-l", "runuser -l opens the service runuser-l" },
	{ "runuser-l", "runuser", "runuser without -l opens the service runuser" },
};

/* Levenshtein distance of two short strings, capped at 9. */
static int distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 62 || lb > 62)
		return 9;
	int row[64];
	for (size_t j = 0; j <= lb; j++)
		row[j] = (int)j;
	for (size_t i = 1; i <= la; i++) {
		int diag = row[0];
		row[0] = (int)i;
		for (size_t j = 1; j <= lb; j++) {
			int up = row[j];
			int best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb] > 9 ? 9 : row[lb];
}

/* ": did you mean X? why" for a service that has no stack, into buf: a
 * name admins write for another, else the nearest service there is. */
static const char *service_hint(const struct check *c, const char *s, char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t i = 0; i < PNS_ARRAY_SIZE(misnamed); i++)
		if (!strcmp(s, misnamed[i].written)) {
			snprintf(buf, size, ": did you mean %s? %s", misnamed[i].service, misnamed[i].why);
			return buf;
		}
	int best = 3;
	const char *name = NULL;
	for (size_t i = 0; i < c->services.n; i++) {
		int d = distance(s, c->services.v[i]);
		if (d < best) {
			best = d;
			name = c->services.v[i];
		}
	}
	if (name)
		snprintf(buf, size, ": did you mean %s?", name);
	return buf;
}

static void check_services_of(struct check *c, const struct pns_rule *r, const char *key,
			      const struct pns_strlist *list, bool positive)
{
	char hint[512];
	for (size_t i = 0; i < list->n; i++) {
		const char *s = list->v[i];
		if (!pns_pattern_is_literal(s)) {
			const struct pns_strlist one = { .v = (char **)&list->v[i], .n = 1 };
			bool any = false;
			for (size_t k = 0; k < c->services.n && !any; k++)
				any = pns_match_list(&one, c->services.v[k]);
			if (!any)
				finding(c, false, r->file, r->line, "%s: \"%s\" matches no PAM service in "
					PNS_PAMD_DIR " or " PNS_PAMD_VENDOR_DIR, key, s);
			continue;
		}
		if (!pns_pamd_service_name(s)) {
			finding(c, false, r->file, r->line, "%s: \"%s\" is no PAM service name: libpam "
				"lower-cases a service's name and keeps what follows its last '/' (and one "
				"starting with '.' is none), so no session has this one", key, s);
			continue;
		}
		const struct pns_pamd *st = stack_of(c, s);
		if (!st) {
			finding(c, false, r->file, r->line, "%s: no PAM service \"%s\" (no stack %s in "
				PNS_PAMD_DIR " or " PNS_PAMD_VENDOR_DIR "): no login program opens its sessions "
				"under that name%s", key, s, s, service_hint(c, s, hint, sizeof(hint)));
			continue;
		}
		/* Without any stack loading pam_ns, one warning said so. */
		if (!positive)
			continue;
		if (!st->loads && !c->any_stack)
			continue;
		if (!st->loads)
			finding(c, false, r->file, r->line, "%s: the PAM stack %s does not load pam_ns.so "
				"(no session line in it or in what it includes): this rule never sees %s logins; "
				"add \"session required pam_ns.so\" to %s (pam-auth-update --enable pam_ns puts "
				"it in common-session and common-session-noninteractive, which only the stacks "
				"that include them read)", key, st->file, s, st->file);
		else if (!st->real)
			finding(c, false, r->file, r->line, "%s: the PAM stack %s loads pam_ns.so with "
				"dry_run only: %s logins are logged, not isolated", key, st->file, s);
	}
	if (!positive)
		return;
	for (size_t i = 0; i < PNS_ARRAY_SIZE(partners); i++)
		if (pns_match_list(list, partners[i].named) && !pns_match_list(list, partners[i].other) &&
		    stack_of(c, partners[i].other))
			finding(c, false, r->file, r->line, "%s: names %s but not %s: %s, which this rule "
				"does not match", key, partners[i].named, partners[i].other, partners[i].how);
}

/* The services a rule may match without naming them (no services
 * criterion, or a pattern) whose stacks open sessions but do not run
 * pam_ns: the rule isolates none of those logins.  Files Debian's stacks
 * include (common-*) are no service of their own. */
static void check_unnamed_services(struct check *c, const struct pns_rule *r)
{
	char list[1024] = "";
	size_t used = 0, n = 0;
	for (size_t i = 0; i < c->services.n; i++) {
		const char *svc = c->services.v[i];
		if (!strncmp(svc, "common-", 7) || !may_match_service(r, svc))
			continue;
		bool named = false;
		for (size_t k = 0; k < r->services.n && !named; k++)
			named = !strcmp(r->services.v[k], svc);
		if (named || !pns_pamd_passes_by(&c->stacks[i]))
			continue;
		n++;
		if (used < sizeof(list) - 1)
			used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%s", used ? ", " : "", svc);
	}
	if (n)
		finding(c, false, r->file, r->line, "logins through %s match this rule but are not isolated: "
			"%s PAM stack%s no pam_ns.so (add \"session required pam_ns.so\" to %s, or name the "
			"services the rule is for with services = [...])", list, n > 1 ? "their" : "its",
			n > 1 ? "s run" : " runs", n > 1 ? "them" : "it");
}

static void check_all_services(struct check *c)
{
	for (size_t i = 0; i < c->pol->nrules; i++) {
		const struct pns_rule *r = &c->pol->rules[i];
		check_services_of(c, r, "services", &r->services, true);
		check_services_of(c, r, "not_services", &r->not_services, false);
		if (c->any_stack && !r->none)
			check_unnamed_services(c, r);
	}
}

/* --- rules and sets as a whole -------------------------------------------- */

/* Each rule an earlier one covers (pns_rule_covers, the first such named),
 * the earlier rules met through the index (first_cover). */
static void check_shadowed(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	c->wild_budget = PNS_CHECK_WILD_COMPARISONS;
	for (size_t j = 1; j < pol->nrules; j++) {
		size_t i = first_cover(c, j, false);
		if (i == SIZE_MAX)
			continue;
		/* Where the user's manager is judged it may still count: then
		 * the rule is not dead.  The manager's verdict
		 * (pns_match_manager_hider) scans a user's rules up to the
		 * first that has no service, rhost or tty criterion and may
		 * match the user, so it reaches j unless such a rule covers j. */
		bool hides = pol->rules[j].hide_user_manager && first_cover(c, j, true) == SIZE_MAX;
		if (c->shadowed)
			c->shadowed[j] = true;
		finding(c, false, pol->rules[j].file, pol->rules[j].line, "this rule never matches: the "
			"rule at %s:%d, before it, matches every login it does (the first rule that matches "
			"wins)%s", pol->rules[i].file, pol->rules[i].line, hides ? "; it still hides the "
			"user manager of its users (user_manager: their systemd-user session is refused), so "
			"removing it changes that" : "");
	}
	if (c->wild_cut)
		fprintf(stderr, "%s: note: rules with patterns in both users and groups (or neither) were "
			"compared with later rules %d times, and no further: check may not name every rule "
			"they make dead\n", PNS_ESC(pol->files.v[0]), PNS_CHECK_WILD_COMPARISONS);
}

static void check_unused_sets(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nsets; i++)
		if (!first_joiner(c, &pol->sets[i]))
			finding(c, false, pol->sets[i].file, pol->sets[i].line, "set %s is joined by no rule: "
				"no login uses it (pam_ns_helper create and exec still can)", pol->sets[i].name);
}

/* A per-group set's instance is the first group_from group (in its
 * order) the user is in (pick_instance in plan.c).  So a group_from group
 * is never the instance of a rule's logins when the rule excludes it
 * (not_groups), or when every group the rule matches (all named
 * literally) comes earlier in group_from: each such user has one of those
 * first. */
static void check_group_from(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_rule *r = &pol->rules[i];
		const struct pns_set *s = r->join;
		if (!s || s->per != PNS_PER_GROUP)
			continue;
		for (size_t k = 0; k < s->group_from.n; k++) {
			const char *g = s->group_from.v[k];
			const struct pns_strlist earlier = { .v = s->group_from.v, .n = k };
			bool before = r->groups.n > 0;
			for (size_t j = 0; j < r->groups.n && before; j++)
				before = pns_pattern_is_literal(r->groups.v[j]) &&
					 pns_match_list(&earlier, r->groups.v[j]);
			if (pns_pattern_covered(&r->not_groups, g))
				finding(c, false, r->file, r->line, "group_from \"%s\" of set %s (%s:%d): this "
					"rule, which joins the set, excludes that group (not_groups), so none of "
					"its logins gets instance %s", g, s->name, s->file, s->line, g);
			else if (before)
				finding(c, false, r->file, r->line, "group_from \"%s\" of set %s (%s:%d): every "
					"user this rule matches is in a group listed before it in group_from, so "
					"none of its logins gets instance %s", g, s->name, s->file, s->line, g);
		}
	}
}

/* A shared set that rules join but none creates must be there before
 * their logins: made by `apply` (pam-ns.service at boot) or `create`.
 * Looked at as a login looks (pns_join_open), reading only. */
static void check_uncreated_sets(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_set *s = &pol->sets[i];
		const struct pns_rule *joiner = first_joiner(c, s);
		bool created = false;
		if (c->sx.created)
			created = c->sx.created[i];
		else
			for (size_t k = 0; k < pol->nrules; k++)
				created |= pol->rules[k].join == s && pol->rules[k].create;
		if (s->external || !joiner || created)
			continue;
		if (s->per != PNS_PER_SHARED) {
			finding(c, false, s->file, s->line, "set %s is per-%s and no rule that joins it "
				"creates it: logins of the rule at %s:%d %s until their instance is "
				"made (pam_ns_helper create %s %s NAME)", s->name, pns_scope_names[s->per],
				joiner->file, joiner->line, c->refused, s->name,
				s->per == PNS_PER_USER ? "-u" : "-g");
			continue;
		}
		struct pns_pins pins;
		struct pns_inst_status st;
		struct pns_err e = { 0 };
		if (pns_join_open(pol->pin_dir, s, "", &pins, &st, &e) < 0) {
			finding(c, false, s->file, s->line, "set %s: %s", s->name, e.msg);
			continue;
		}
		pns_pins_close(&pins);
		if (st.state != PNS_INST_COMPLETE)
			finding(c, false, s->file, s->line, "set %s is not pinned now, and no rule that joins "
				"it creates it: logins of the rule at %s:%d %s until pam_ns_helper apply "
				"(pam-ns.service, at boot) or create makes it", s->name, joiner->file,
				joiner->line, c->refused);
	}
}

/* The namespace types the kernel has (/proc/self/ns/TYPE, namespaces(7)):
 * a rule or set with one it lacks fails every login it concerns. */
static void check_kernel_types(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (int t = 0; t < PNS_NTYPES; t++) {
		char path[64];
		snprintf(path, sizeof(path), "/proc/self/ns/%s", pns_types[t].name);
		if (access(path, F_OK) == 0)
			continue;
		for (size_t i = 0; i < pol->nrules; i++)
			if (pol->rules[i].unshare & PNS_BIT(t))
				finding(c, true, pol->rules[i].file, pol->rules[i].line, "this kernel has no %s "
					"namespaces (no %s): every login of this rule %s",
					pns_types[t].name, path, c->refused);
		for (size_t i = 0; i < pol->nsets; i++)
			if (pol->sets[i].types & PNS_BIT(t))
				finding(c, true, pol->sets[i].file, pol->sets[i].line, "this kernel has no %s "
					"namespaces (no %s): set %s can never be made or joined",
					pns_types[t].name, path, pol->sets[i].name);
	}
}

/* A rule's name reported by check_rule_names: simulate_named_users then
 * says nothing more of it. */
static void note_bad_name(struct check *c, const struct pns_rule *r, const char *name)
{
	char key[512];
	snprintf(key, sizeof(key), "%s:%d\t%s", r->file, r->line, name);
	strset_add(&c->bad_names, key);
}

/* The values an escape may take, for the hostname checks: the literal
 * entries of a list, or one stand-in, "x", for "anything" (no list, or
 * patterns only: the parser has checked the template with stand-ins). */
struct values {
	const char *v[64];
	size_t n;
	bool real;		/* v holds names from the policy, not the stand-in */
};

static void values_of(const struct pns_strlist *list, struct values *out)
{
	out->n = 0;
	for (size_t i = 0; list && i < list->n && out->n < PNS_ARRAY_SIZE(out->v); i++)
		if (pns_pattern_is_literal(list->v[i]))
			out->v[out->n++] = list->v[i];
	out->real = out->n > 0;
	if (!out->n)
		out->v[out->n++] = "x";
}

/*
 * A rule's hostname for every user, group (%g: one of the rule's groups,
 * else the instance of the per-group set it joins) and service it names,
 * expanded and checked as the login does (pns_expand, pns_hostname_valid):
 * a name that makes it invalid refuses those logins whatever happens.
 */
static void check_rule_hostname(struct check *c, const struct pns_rule *r)
{
	const char *t = r->setup.hostname;
	struct values users, groups, services;
	values_of(strstr(t, "%u") ? &r->users : NULL, &users);
	values_of(strstr(t, "%s") ? &r->services : NULL, &services);
	values_of(!strstr(t, "%g") ? NULL : r->groups.n ? &r->groups :
		  r->join && r->join->per == PNS_PER_GROUP ? &r->join->group_from : NULL, &groups);
	if (!users.real && !groups.real && !services.real)
		return;
	for (size_t u = 0; u < users.n; u++)
		for (size_t g = 0; g < groups.n; g++)
			for (size_t k = 0; k < services.n; k++) {
				struct pns_login l = { .user = (char *)users.v[u], .service = (char *)services.v[k] };
				struct pns_err e = { 0 };
				char host[256], who[600];
				if (pns_expand(t, &l, groups.v[g], host, sizeof(host), &e) == 0 &&
				    pns_hostname_valid(host))
					continue;
				snprintf(who, sizeof(who), "%s%s%s%s%s%s", users.real ? "user " : "",
					 users.real ? users.v[u] : "", groups.real ? (users.real ? ", group " :
					 "group ") : "", groups.real ? groups.v[g] : "",
					 services.real ? (users.real || groups.real ? ", service " : "service ") : "",
					 services.real ? services.v[k] : "");
				finding(c, true, r->file, r->line, "hostname \"%s\" gives \"%s\" for %s, which is "
					"not a valid host name (%s); those logins %s", t, host, who,
					strlen(host) > 64 ? "longer than 64 bytes" : "letters, digits and '-' in "
					"labels of 1 to 63 bytes, no '-' at either end of one", c->refused);
				if (users.real)
					note_bad_name(c, r, users.v[u]);
				return;
			}
}

/*
 * Why no value of glob `pattern`, standing for escape %esc of hostname
 * template `t`, can make a valid host name, into why (size bytes), or
 * false when some value may.  Only what every value shares is judged: a
 * character of the pattern's literal part that no host name holds (as
 * '_' in "svc_*"), and its shortest value ('*' empty, '?' and a bracket
 * one byte each) in the template with every other escape one byte long,
 * when that is longer than a host name may be.
 */
static bool pattern_never_hostname(const char *t, char esc, const char *pattern, char *why,
				   size_t size)
{
	size_t least = 0;
	for (const char *p = pattern; *p; p++) {
		if (*p == '*')
			continue;
		if (*p == '?' || *p == '[') {
			least++;
			const char *close = *p == '[' ? strchr(p + 2, ']') : NULL;
			p = close ? close : p;
			continue;
		}
		if (*p == '\\' && p[1])
			p++;
		least++;
		char one[2] = { *p, '\0' };
		if (!strspn(one, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")) {
			snprintf(why, size, "every name it matches holds '%c', which no host name may", *p);
			return true;
		}
	}
	size_t len = 0;
	for (const char *p = t; *p; p++, len++)
		if (*p == '%' && p[1] == esc)
			len += least - 1, p++;
		else if (*p == '%' && p[1])
			p++;
	if (len > 64) {
		snprintf(why, size, "even its shortest name makes it %zu bytes, more than the 64 of a "
			 "host name", len);
		return true;
	}
	return false;
}

/* check_rule_hostname for the patterns of r's lists: users (%u), groups
 * (%g) and services (%s) matching one of them are all refused. */
static void check_rule_hostname_patterns(struct check *c, const struct pns_rule *r)
{
	const struct { char esc; const struct pns_strlist *l; const char *what; } lists[] = {
		{ 'u', &r->users, "users" }, { 'g', &r->groups, "groups" }, { 's', &r->services, "services" },
	};
	const char *t = r->setup.hostname;
	for (size_t k = 0; k < PNS_ARRAY_SIZE(lists); k++) {
		/* (A "%%" would be refused by the parser: '%' is no host name's.) */
		const char escape[3] = { '%', lists[k].esc, '\0' };
		if (!strstr(t, escape))
			continue;
		for (size_t i = 0; i < lists[k].l->n; i++) {
			const char *pat = lists[k].l->v[i];
			char why[160];
			if (pns_pattern_is_literal(pat) ||
			    !pattern_never_hostname(t, lists[k].esc, pat, why, sizeof(why)))
				continue;
			finding(c, true, r->file, r->line, "hostname \"%s\" is never a valid host name for "
				"the %s matching \"%s\" (%%%c): %s; those logins %s", t, lists[k].what, pat,
				lists[k].esc, why, c->refused);
		}
	}
}

/* A set's hostname for each instance the policy names (the literal users
 * of the rules joining a per-user set, the literal group_from of a
 * per-group one), as create makes it (pns_set_hostname). */
static void check_set_hostnames(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_set *s = &pol->sets[i];
		if (s->external || !s->setup.hostname || !(s->types & PNS_BIT(PNS_UTS)))
			continue;
		struct values names;
		bool failed = false;
		/* The rules that join s: from the index, else every rule. */
		size_t from = c->sx.start ? c->sx.start[i] : 0;
		size_t to = c->sx.start ? c->sx.start[i + 1] : pol->nrules;
		for (size_t k = from; k < to && !failed; k++) {
			const struct pns_rule *r = &pol->rules[c->sx.start ? c->sx.joiners[k] : k];
			if (r->join != s)
				continue;
			values_of(s->per == PNS_PER_USER ? &r->users : s->group_from.n ? &s->group_from :
				  &r->groups, &names);
			for (size_t n = 0; names.real && n < names.n && !failed; n++) {
				char host[256];
				struct pns_err e = { 0 };
				if (pns_set_hostname(s, names.v[n], host, sizeof(host), &e) == 0)
					continue;
				finding(c, true, s->file, s->line, "%s; the set cannot be made for %s %s, whose "
					"logins %s", e.msg, pns_scope_names[s->per], names.v[n], c->refused);
				failed = true;
			}
		}
	}
}

/* The bridge of each set's uplink, in the net namespace check runs in
 * (create makes the host end in its own): absent, every create of the set
 * fails. */
static void check_uplink_bridges(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	/* Looked up where the host ends go: the net namespace of /proc/1
	 * (pns_store_host_net), when check may enter it; else here. */
	struct pns_store st = PNS_STORE_INIT;
	bool entered = false;
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_set *s = &pol->sets[i];
		if (!s->uplink.on || !s->uplink.bridge[0])
			continue;
		if (!entered)
			entered = pns_store_host_net(&st, true, NULL) == 0;
		if (if_nametoindex(s->uplink.bridge))
			continue;
		finding(c, false, s->file, s->line, "set %s: the bridge %s of its uplink does not exist "
			"on the host's network (the net namespace of /proc/1): creating the set fails until it "
			"does (ip link add %s type bridge)", s->name, s->uplink.bridge, s->uplink.bridge);
	}
	pns_store_host_net(&st, false, NULL);
}

/* The addresses set s's instances can get on its uplink, as big-endian
 * numbers of `len` bytes into lo and hi: the address as written for a
 * shared set; from it up to the end of its prefix for a per-user or
 * per-group one, which adds the uid or gid (pns_uplink_address). */
static size_t uplink_pool(const struct pns_set *s, unsigned char *lo, unsigned char *hi)
{
	size_t len = s->uplink.family == AF_INET ? 4 : 16;
	memcpy(lo, s->uplink.addr, len);
	memcpy(hi, s->uplink.addr, len);
	for (unsigned b = s->uplink.prefix; s->per != PNS_PER_SHARED && b < 8 * len; b++)
		hi[b / 8] |= (unsigned char)(0x80u >> (b % 8));
	return len;
}

/* Who of set s gets an address from its pool. */
static const char *uplink_holder(const struct pns_set *s)
{
	return s->per == PNS_PER_USER ? "a uid" : s->per == PNS_PER_GROUP ? "a gid" : "the instance";
}

/* Two sets whose uplinks share a bridge (one link) and give addresses
 * from pools that overlap: an instance of each can end up with the same
 * address there.  Sets without a bridge each have links of their own. */
struct pool {
	const struct pns_set *s;
	size_t set;			/* its index */
	unsigned char lo[16], hi[16];
	size_t len;
};

/* By bridge and family, then lowest address. */
static int pool_cmp(const void *x, const void *y)
{
	const struct pool *a = x, *b = y;
	int d = strcmp(a->s->uplink.bridge, b->s->uplink.bridge);
	if (!d)
		d = a->s->uplink.family - b->s->uplink.family;
	if (!d)
		d = memcmp(a->lo, b->lo, a->len);
	if (!d)
		d = (a->set > b->set) - (a->set < b->set);
	return d;
}

/* A pair of sets (i < j) whose pools overlap, reported by j, then i. */
struct pool_pair {
	size_t i, j;
};

static int pool_pair_cmp(const void *x, const void *y)
{
	const struct pool_pair *a = x, *b = y;
	return a->j != b->j ? (a->j > b->j) - (a->j < b->j) : (a->i > b->i) - (a->i < b->i);
}

/*
 * The overlapping pairs of set pools on one bridge, into *pairs (n of
 * them): pools sorted by their lowest address, each meets only the next
 * ones that start before it ends, each an overlap.  So the cost is n log n
 * and one step per overlap, and the pairs come out in the order the
 * findings were always given (by the later set, then the earlier).
 * -1 without memory.
 */
static int overlapping_pools(const struct pns_policy *pol, struct pool_pair **pairs, size_t *npairs)
{
	struct pool *p = malloc((pol->nsets + 1) * sizeof(*p));
	size_t n = 0, cap = 0;
	*pairs = NULL;
	*npairs = 0;
	if (!p)
		return -1;
	for (size_t i = 0; i < pol->nsets; i++) {
		const struct pns_uplink *u = &pol->sets[i].uplink;
		if (!u->on || !u->family || !u->bridge[0])
			continue;
		p[n] = (struct pool){ .s = &pol->sets[i], .set = i };
		p[n].len = uplink_pool(&pol->sets[i], p[n].lo, p[n].hi);
		n++;
	}
	qsort(p, n, sizeof(*p), pool_cmp);
	for (size_t x = 0; x < n; x++)
		for (size_t y = x + 1; y < n; y++) {
			const struct pns_uplink *ux = &p[x].s->uplink, *uy = &p[y].s->uplink;
			if (ux->family != uy->family || strcmp(ux->bridge, uy->bridge) ||
			    memcmp(p[y].lo, p[x].hi, p[x].len) > 0)
				break;
			if (*npairs == cap) {
				struct pool_pair *more = realloc(*pairs, (cap = cap ? 2 * cap : 64) * sizeof(*more));
				if (!more) {
					free(p);
					free(*pairs);
					*pairs = NULL;
					return -1;
				}
				*pairs = more;
			}
			size_t a = p[x].set, b = p[y].set;
			(*pairs)[(*npairs)++] = (struct pool_pair){ .i = a < b ? a : b, .j = a < b ? b : a };
		}
	free(p);
	if (*npairs)
		qsort(*pairs, *npairs, sizeof(**pairs), pool_pair_cmp);
	return 0;
}

static void check_uplink_pools(struct check *c)
{
	const struct pns_policy *pol = c->pol;
	struct pool_pair *pairs;
	size_t npairs;
	if (overlapping_pools(pol, &pairs, &npairs) < 0) {
		finding(c, false, pol->files.v[0], 0, "cannot compare the uplink pools of the sets: %s",
			strerror(ENOMEM));
		return;
	}
	for (size_t k = 0; k < npairs; k++) {
		{
			const struct pns_set *a = &pol->sets[pairs[k].i], *b = &pol->sets[pairs[k].j];
			const struct pns_uplink *ua = &a->uplink, *ub = &b->uplink;
			char as[INET6_ADDRSTRLEN], bs[INET6_ADDRSTRLEN];
			inet_ntop(ua->family, ua->addr, as, sizeof(as));
			inet_ntop(ub->family, ub->addr, bs, sizeof(bs));
			finding(c, false, b->file, b->line, "sets %s (%s:%d) and %s give addresses from "
				"overlapping pools on bridge %s (%s/%u and %s/%u): %s of %s and %s of %s can get "
				"the same address", a->name, a->file, a->line, b->name, ua->bridge, as,
				ua->prefix, bs, ub->prefix, uplink_holder(a), a->name, uplink_holder(b), b->name);
		}
	}
	free(pairs);
}

/* Names a login of rule r turns into a store path or a hostname, checked
 * as the login checks them (pns_inst_init, pns_expand and
 * pns_hostname_valid), for every user, group and service the rule names
 * literally: such a login is refused whatever happens. */

static void check_rule_names(struct check *c, const struct pns_rule *r)
{
	const struct pns_set *s = r->join;
	struct pns_inst inst;
	struct pns_err e = { 0 };
	/* The names instances are made of: users, or group_from (else the
	 * rule's groups, one of which is then the instance). */
	const struct pns_strlist *names = !s ? NULL : s->per == PNS_PER_USER ? &r->users :
					  s->per == PNS_PER_GROUP && s->group_from.n ? &s->group_from :
					  s->per == PNS_PER_GROUP ? &r->groups : NULL;
	for (size_t i = 0; names && i < names->n; i++)
		if (pns_pattern_is_literal(names->v[i]) &&
		    pns_inst_init(&inst, s->name, s->per, names->v[i], &e) < 0) {
			finding(c, true, r->file, r->line, "%s: its logins %s", e.msg, c->refused);
			note_bad_name(c, r, names->v[i]);
		}

	if (r->setup.hostname && (r->unshare & PNS_BIT(PNS_UTS))) {
		check_rule_hostname(c, r);
		check_rule_hostname_patterns(c, r);
	}
}

/*
 * Each user a rule names (literally, a few dozen at most), logging in
 * through each service it names, as NSS knows the user now: where the rule
 * is the one that matches, the plan the module would build
 * (pns_plan_build): a per-group set none of whose group_from groups the
 * user is in, say; where an earlier rule with no rhost or tty criterion
 * matches instead, that this rule never applies to the user.  Warnings:
 * NSS may say otherwise tomorrow.
 */
static void simulate_named_users(struct check *c, const struct pns_rule *r)
{
	size_t nservices = r->services.n ? r->services.n : 1;
	for (size_t u = 0, tried = 0; u < r->users.n && tried < 64; u++) {
		const char *user = r->users.v[u];
		char key[512];
		snprintf(key, sizeof(key), "%s:%d\t%s", r->file, r->line, user);
		if (!pns_pattern_is_literal(user) || strset_has(&c->bad_names, key))
			continue;
		struct pns_login l;
		struct pns_err e = { 0 };
		tried++;
		/* Unknown to NSS, or past PNS_CHECK_NSS_MAX: not asked again. */
		const struct nss_name *x = nss_find(&c->nss, user, false);
		if (x && (x->state == NSS_UNKNOWN || x->state == NSS_NOT_ASKED))
			continue;
		if (pns_login_lookup(&l, user, "", "", "", &e) < 0)
			continue;	/* unknown: check_names said so */
		/* The rules that may match the user (the name NSS gives is
		 * the one matched). */
		const size_t *cand;
		size_t ncand = pns_user_rules_of(&c->users, l.user, &cand);
		/* The login's service borrowed from the rule, its own put back
		 * before it is freed. */
		char *own_service = l.service;
		for (size_t k = 0; k < nservices; k++) {
			const char *service = r->services.n ? r->services.v[k] : "";
			if (!pns_pattern_is_literal(service))
				continue;
			l.service = (char *)service;
			struct pns_match m;
			struct pns_plan p;
			/* NSS failing on a group: check_names says so. */
			if (pns_match_rule_among(c->pol, cand, ncand, &l, &m, &e) < 0)
				break;
			const struct pns_rule *first = m.rule;
			if (first == r && pns_plan_build(&m, &l, &p, &e) < 0) {
				finding(c, false, r->file, r->line, "user %s%s%s, as NSS knows the user now: "
					"%s; those logins %s", user, service[0] ? ", service " : "", service,
					e.msg, c->refused);
				break;
			}
			/* Said only where the simulated login stands for all:
			 * no rhost or tty criterion, and a real service or
			 * none in the earlier rule either. */
			if (first && first < r && !(c->shadowed && c->shadowed[r - c->pol->rules]) &&
			    !first->rhosts.n && !first->not_rhosts.n &&
			    !first->ttys.n && !first->not_ttys.n &&
			    (service[0] || (!first->services.n && !first->not_services.n))) {
				finding(c, false, r->file, r->line, "user %s%s%s, as NSS knows the user now, is "
					"matched by the rule at %s:%d, before this one, so this rule never applies "
					"to those logins", user, service[0] ? ", service " : "", service,
					first->file, first->line);
				break;
			}
		}
		l.service = own_service;
		pns_login_free(&l);
	}
}

int pns_cmd_check(const struct pns_helper_args *args, const struct pns_policy *pol)
{
	struct check c = { .pol = pol };
	c.refused = pol->on_error == PNS_ON_ERROR_ALLOW ?
		    "would go through unisolated (on_error = allow)" : "would be refused";
	c.init = args->init;
	c.shadowed = calloc(pol->nrules + 1, sizeof(*c.shadowed));
	/* Without memory for an index, the slow way: every pair. */
	if (pns_user_rules_build(&c.users, pol) < 0 || index_rules(pol, &c.ix) < 0) {
		index_free(&c.ix);
		c.ix = (struct rule_index){ 0 };
	}
	if (index_sets(pol, &c.sx) < 0) {
		set_index_free(&c.sx);
		c.sx = (struct set_index){ 0 };
	}
	read_stacks(&c, args->config);
	check_programs(&c);
	check_hooks(&c);
	check_external_pins(&c);
	check_run_netns(&c);
	check_netns_dirs(&c);
	check_all_names(&c);
	check_all_services(&c);
	check_shadowed(&c);
	check_unused_sets(&c);
	check_group_from(&c);
	check_uncreated_sets(&c);
	check_kernel_types(&c);
	check_set_hostnames(&c);
	check_uplink_bridges(&c);
	check_uplink_pools(&c);
	for (size_t i = 0; i < pol->nrules; i++)
		if (!pol->rules[i].none) {
			check_rule_names(&c, &pol->rules[i]);
			simulate_named_users(&c, &pol->rules[i]);
		}
	free(c.stacks);
	pns_strlist_free(&c.programs);
	pns_strlist_free(&c.services);
	strset_free(&c.bad_names);
	strset_free(&c.netns_seen);
	index_free(&c.ix);
	pns_user_rules_free(&c.users);
	set_index_free(&c.sx);
	nss_names_free(&c.nss);
	free(c.shadowed);
	return c.errors || (args->strict && c.warnings) ? PNS_EXIT_POLICY : PNS_EXIT_OK;
}
