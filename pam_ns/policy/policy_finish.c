/* Resolving what may span files: a rule's join of a set defined anywhere,
 * and what depends on the joined set's types (user_manager's default). */
#include "policy/policy_int.h"
#include "policy/policy_limits.h"

#include <stdlib.h>
#include <string.h>

/* The sets sorted by name, equal names in the order they were defined:
 * built once, for duplicate names and every join (n log n in all, where a
 * search of the whole list per set and per rule was n*n). */
struct set_index {
	const struct pns_set **v;
	size_t n;
};

static int by_name(const void *a, const void *b)
{
	const struct pns_set *x = *(const struct pns_set *const *)a, *y = *(const struct pns_set *const *)b;
	int r = strcmp(x->name, y->name);
	return r ? r : x < y ? -1 : x > y;
}

/* The first-defined set called `name`, or NULL. */
static const struct pns_set *index_find(const struct set_index *ix, const char *name)
{
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->v[mid]->name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ix->n && !strcmp(ix->v[lo]->name, name) ? ix->v[lo] : NULL;
}

/* "a, b, c" of the defined set names, for the undefined-join message. */
static void set_names(const struct pns_policy *pol, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < pol->nsets && used + 1 < size; i++) {
		int n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", pol->sets[i].name);
		if (n < 0 || (size_t)n >= size - used) {
			snprintf(buf + (used < size - 4 ? used : size - 4), 4, "...");
			return;
		}
		used += (size_t)n;
	}
}

/* Resolve r's join against the sets of every file; the number of errors. */
static int finish_join(const struct pns_policy *pol, const struct set_index *ix, struct pns_rule *r,
		       struct pns_diag *d)
{
	int errors = 0;
	const struct pns_set *set = index_find(ix, r->join_name);
	if (!set) {
		char names[256];
		set_names(pol, names, sizeof(names));
		pns_diag_add(d, r->file, r->line, "join = \"%s\": no namespace set of that name is "
			     "defined (defined: %s)", r->join_name, pol->nsets ? names : "none");
		return 1;
	}
	r->join = set;
	unsigned both = r->unshare & set->types;
	if (both) {
		char types[64];
		pns_diag_add(d, r->file, r->line, "unshare and join = \"%s\" both give a %s namespace: "
			     "each type is either new or joined, drop it from unshare or from the set",
			     set->name, pns_mask_str(both, types, sizeof(types)));
		errors++;
	}
	if (r->create && set->external) {
		pns_diag_add(d, r->file, r->line, "create = true cannot make set \"%s\": its namespaces "
			     "are pinned by someone else (paths, defined at %s:%d)", set->name, set->file,
			     set->line);
		errors++;
	}
	errors += pns_check_hostname_group(d, r->file, r->line, r, set);
	if (r->setup.netns && !((r->unshare | set->types) & PNS_BIT(PNS_NET))) {
		pns_diag_add(d, r->file, r->line, "netns names the /etc/netns of a net namespace, but "
			     "this rule neither unshares net nor joins a set with net (\"%s\")", set->name);
		errors++;
	}
	return errors;
}

/* Whether the session gets a pid namespace with a /proc of its own (the
 * rule's, or a set's made by pam_ns), so that nothing outside it is
 * visible there.  With the host's /proc in the session every process of the
 * user outside it stays reachable: /proc/PID/root, cwd and fd lead into
 * their mount namespace and to their sockets (same uid, no ptrace needed),
 * the user's service manager among them. */
static bool fresh_proc(const struct pns_rule *r)
{
	const unsigned both = PNS_BIT(PNS_PID) | PNS_BIT(PNS_MNT);
	if ((r->unshare & both) == both && r->setup.proc)
		return true;
	const struct pns_set *set = r->join;
	return set && !set->external && (set->types & both) == both && set->setup.proc;
}

/* user_manager: its default needs the joined set's types.  Hiding the
 * manager is only real in a session that sees no process outside it; a
 * rule that isolates a guarded type without that must accept, in words,
 * that the session can reach out. */
static int finish_user_manager(struct pns_rule *r, struct pns_diag *d)
{
	if (r->none)
		return 0;
	unsigned isolated = r->unshare | (r->join ? r->join->types : 0);
	bool guarded = isolated & PNS_UM_GUARDED;
	r->hide_user_manager = r->user_manager == PNS_UM_HIDDEN ||
			       (r->user_manager == PNS_UM_DEFAULT && guarded);
	if (!r->hide_user_manager || fresh_proc(r))
		return 0;
	char types[32], what[96];
	if (r->user_manager == PNS_UM_HIDDEN)
		snprintf(what, sizeof(what), "user_manager = \"hidden\"");
	else
		snprintf(what, sizeof(what), "this rule isolates %s, but it",
			 pns_mask_str(isolated & PNS_UM_GUARDED, types, sizeof(types)));
	pns_diag_add(d, r->file, r->line, "%s leaves the host's /proc in the session, so the user's "
		     "processes outside it stay reachable (their /proc/PID/root), the user's service "
		     "manager among them, which runs anything it is asked to, outside the session's "
		     "namespaces: add \"pid\" and \"mnt\" to unshare with proc = true (or join a set "
		     "with pid, mnt and proc = true), or accept it with user_manager = \"reachable\"",
		     what);
	return 1;
}

int pns_policy_finish(struct pns_policy *pol, struct pns_diag *d)
{
	int errors = 0;
	/* An array of pointers to the sets, sized by its element. */
	struct set_index ix = { .v = calloc(pol->nsets ? pol->nsets : 1, sizeof(*ix.v)),	// NOLINT(bugprone-sizeof-expression)
				.n = pol->nsets };
	if (!ix.v) {
		pns_diag_add(d, pol->files.n ? pol->files.v[0] : NULL, 0, "out of memory");
		return 1;
	}
	for (size_t i = 0; i < pol->nsets; i++)
		ix.v[i] = &pol->sets[i];
	if (ix.n)
		qsort(ix.v, ix.n, sizeof(*ix.v), by_name);	// NOLINT(bugprone-sizeof-expression)
	/* A name defined twice, in two files (libconfig refuses it within
	 * one): each later definition is reported, naming the first. */
	for (size_t i = 1, first = 0; i < ix.n; i++) {
		if (strcmp(ix.v[i]->name, ix.v[first]->name)) {
			first = i;
			continue;
		}
		pns_diag_add(d, ix.v[i]->file, ix.v[i]->line, "namespace set \"%s\" is already defined "
			     "at %s:%d", ix.v[i]->name, ix.v[first]->file, ix.v[first]->line);
		errors++;
	}
	size_t group_patterns = 0;
	for (size_t i = 0; i < pol->nrules; i++) {
		struct pns_rule *r = &pol->rules[i];
		size_t before = group_patterns;
		for (size_t k = 0; k < r->groups.n; k++)
			group_patterns += !pns_pattern_is_literal(r->groups.v[k]);
		for (size_t k = 0; k < r->not_groups.n; k++)
			group_patterns += !pns_pattern_is_literal(r->not_groups.v[k]);
		if (before <= PNS_POLICY_GROUP_PATTERNS_MAX && group_patterns > PNS_POLICY_GROUP_PATTERNS_MAX) {
			pns_diag_add(d, r->file, r->line, "this rule's group patterns make more than the %d "
				     "patterns (with * ? or [) that groups and not_groups may hold in all the "
				     "policy's rules: each is matched against every group of the user at each "
				     "login; name groups literally (see LIMITS in pam_ns.conf(5))",
				     PNS_POLICY_GROUP_PATTERNS_MAX);
			errors++;
		}
		r->join = NULL;
		if (r->join_name)
			errors += finish_join(pol, &ix, r, d);
		errors += finish_user_manager(r, d);
	}
	free(ix.v);
	return errors;
}
