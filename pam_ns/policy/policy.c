/* The policy object: creation, release, lookups and diagnostics. */
#include "policy/policy_int.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

int pns_strlist_add(struct pns_strlist *l, const char *s)
{
	char *copy = strdup(s);
	if (!copy)
		return -1;
	char **v = realloc(l->v, (l->n + 2) * sizeof(*v));
	if (!v) {
		free(copy);
		return -1;
	}
	v[l->n++] = copy;
	v[l->n] = NULL;
	l->v = v;
	return 0;
}

bool pns_strlist_has(const struct pns_strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

static int by_strcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void pns_strlist_sort(struct pns_strlist *l)
{
	if (l->n)
		qsort(l->v, l->n, sizeof(*l->v), by_strcmp);
}

void pns_strlist_sort_unique(struct pns_strlist *l)
{
	pns_strlist_sort(l);
	size_t kept = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (kept && !strcmp(l->v[kept - 1], l->v[i]))
			free(l->v[i]);
		else
			l->v[kept++] = l->v[i];
	}
	l->n = kept;
	if (l->v)
		l->v[kept] = NULL;
}

void pns_strlist_free(struct pns_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* Add "file:line: text" (text escaped already) to d. */
static void diag_push(struct pns_diag *d, const char *file, int line, const char *text)
{
	char *full = NULL;
	int n;
	if (file && line > 0)
		n = asprintf(&full, "%s:%d: %s", PNS_ESC(file), line, text);
	else if (file)
		n = asprintf(&full, "%s: %s", PNS_ESC(file), text);
	else
		n = asprintf(&full, "%s", text);
	/* Losing a message to ENOMEM must not lose the fact that there was an
	 * error: callers count messages. */
	if (n < 0 || pns_strlist_add(&d->msgs, full) < 0) {
		char **v = realloc(d->msgs.v, (d->msgs.n + 2) * sizeof(*v));
		if (v) {
			d->msgs.v = v;
			v[d->msgs.n] = strdup("out of memory");
			if (v[d->msgs.n])
				v[++d->msgs.n] = NULL;
		}
	}
	free(full);
}

/* fmt's sentence escaped whole (pns_escape: our own words are printable
 * ASCII without a backslash, and stay as they are; 4 bytes per byte is
 * room for any escape), malloc'd; NULL without memory. */
static char *escaped_sentence(const char *fmt, va_list ap)
{
	char *msg = NULL;
	if (vasprintf(&msg, fmt, ap) < 0)
		return NULL;
	char *esc = malloc(strlen(msg) * 4 + 1);
	if (esc)
		pns_escape(esc, strlen(msg) * 4 + 1, msg);
	free(msg);
	return esc;
}

void pns_diag_add(struct pns_diag *d, const char *file, int line, const char *fmt, ...)
{
	/* Every value in a policy error comes from a policy file (or is a
	 * path): the sentence is escaped whole, file name included, so that
	 * no value in it reaches a log or a terminal raw. */
	va_list ap;
	va_start(ap, fmt);
	char *text = escaped_sentence(fmt, ap);
	va_end(ap);
	diag_push(d, file, line, text ? text : "out of memory while reporting a policy error");
	free(text);
}

void pns_diag_add_err(struct pns_diag *d, const char *file, int line, const struct pns_err *e,
		      const char *fmt, ...)
{
	char *head = NULL, *text = NULL;
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		head = escaped_sentence(fmt, ap);
		va_end(ap);
	}
	if (asprintf(&text, "%s%s%s", head ? head : "", head ? ": " : "", e->msg) < 0)
		text = NULL;
	diag_push(d, file, line, text ? text : "out of memory while reporting a policy error");
	free(text);
	free(head);
}

void pns_diag_free(struct pns_diag *d)
{
	if (d)
		pns_strlist_free(&d->msgs);
}

struct pns_policy *pns_policy_new(void)
{
	struct pns_policy *pol = calloc(1, sizeof(*pol));
	if (!pol)
		return NULL;
	pol->pin_dir = strdup(PNS_DEFAULT_PIN_DIR);
	if (!pol->pin_dir) {
		free(pol);
		return NULL;
	}
	pol->on_error = PNS_ON_ERROR_DENY;
	return pol;
}

static void setup_free(struct pns_setup *s)
{
	free(s->hostname);
	free(s->tmp_size);
	free(s->netns);
}

bool pns_pattern_is_literal(const char *p)
{
	return !strpbrk(p, "*?[");
}

bool pns_list_is_literal(const struct pns_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (!pns_pattern_is_literal(l->v[i]))
			return false;
	return l->n > 0;
}

static int rule_ref_cmp(const void *a, const void *b)
{
	const struct pns_rule_ref *x = a, *y = b;
	int d = strcmp(x->name, y->name);
	return d ? d : (x->rule > y->rule) - (x->rule < y->rule);
}

int pns_rule_refs_build(struct pns_rule_refs *refs, const struct pns_policy *pol,
			const struct pns_strlist *(*list)(const struct pns_rule *r))
{
	size_t n = 0;
	*refs = (struct pns_rule_refs){ 0 };
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_strlist *l = list(&pol->rules[i]);
		n += l ? l->n : 0;
	}
	if (!(refs->v = malloc((n + 1) * sizeof(*refs->v))))
		return -1;
	for (size_t i = 0; i < pol->nrules; i++) {
		const struct pns_strlist *l = list(&pol->rules[i]);
		for (size_t k = 0; l && k < l->n; k++)
			refs->v[refs->n++] = (struct pns_rule_ref){ .name = l->v[k], .rule = i };
	}
	qsort(refs->v, refs->n, sizeof(*refs->v), rule_ref_cmp);
	/* A rule naming a name twice is filed under it once. */
	n = 0;
	for (size_t k = 0; k < refs->n; k++)
		if (!n || rule_ref_cmp(&refs->v[n - 1], &refs->v[k]))
			refs->v[n++] = refs->v[k];
	refs->n = n;
	return 0;
}

size_t pns_rule_refs_range(const struct pns_rule_refs *refs, const char *name, size_t *lo)
{
	size_t a = 0, b = refs->n;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (strcmp(refs->v[m].name, name) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	for (b = refs->n; a < b;) {
		size_t m = a + (b - a) / 2;
		if (!strcmp(refs->v[m].name, name))
			a = m + 1;
		else
			b = m;
	}
	return a;
}

void pns_rule_refs_free(struct pns_rule_refs *refs)
{
	free(refs->v);
	*refs = (struct pns_rule_refs){ 0 };
}

const struct pns_strlist *pns_rule_literal_users(const struct pns_rule *r)
{
	return pns_list_is_literal(&r->users) ? &r->users : NULL;
}

void *pns_grow(void *v, size_t n, size_t elsize)
{
	if (n & (n - 1))
		return v;	/* room left since the last doubling */
	return reallocarray(v, n ? 2 * n : 1, elsize);
}

void pns_policy_free(struct pns_policy *pol)
{
	if (!pol)
		return;
	if (pol->snapshot) {
		void *map = pol->snapshot;
		size_t size = pol->snapshot_size;
		free(pol->rules);	/* pol lies in the mapping */
		munmap(map, size);
		return;
	}
	for (size_t i = 0; i < pol->nsets; i++) {
		struct pns_set *s = &pol->sets[i];
		free(s->name);
		pns_strlist_free(&s->group_from);
		for (int t = 0; t < PNS_NTYPES; t++)
			free(s->paths[t]);
		setup_free(&s->setup);
		free(s->hooks.create);
		free(s->hooks.delete_);
	}
	free(pol->sets);
	for (size_t i = 0; i < pol->nrules; i++) {
		struct pns_rule *r = &pol->rules[i];
		struct pns_strlist *lists[] = { &r->users, &r->not_users, &r->groups, &r->not_groups,
						&r->services, &r->not_services, &r->rhosts,
						&r->not_rhosts, &r->ttys, &r->not_ttys };
		for (size_t k = 0; k < PNS_ARRAY_SIZE(lists); k++)
			pns_strlist_free(lists[k]);
		free(r->join_name);
		setup_free(&r->setup);
	}
	free(pol->rules);
	free(pol->pin_dir);
	pns_strlist_free(&pol->files);
	free(pol);
}

const struct pns_set *pns_policy_find_set(const struct pns_policy *pol, const char *name)
{
	for (size_t i = 0; pol && name && i < pol->nsets; i++)
		if (!strcmp(pol->sets[i].name, name))
			return &pol->sets[i];
	return NULL;
}

int pns_policy_dropin_dir(const char *path, char *buf, size_t size, struct pns_err *e)
{
	static const char suffix[] = ".conf";
	size_t len = strlen(path), slen = sizeof(suffix) - 1;
	if (len > slen && !strcmp(path + len - slen, suffix) && path[len - slen - 1] != '/')
		return pns_snprintf(e, buf, size, "%.*s.d", (int)(len - slen), path);
	return pns_snprintf(e, buf, size, "%s.d", path);
}
