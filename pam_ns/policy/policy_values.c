/* Typed values of the policy: strings, booleans, lists, namespace types and
 * the per-type setup settings shared by rules and namespace sets. */
#include "policy/policy_int.h"

#include <stdarg.h>
#include <string.h>

const char *const pns_propagation_names[4] = {
	[PNS_PROP_SLAVE] = "slave",
	[PNS_PROP_PRIVATE] = "private",
	[PNS_PROP_SHARED] = "shared",
	[PNS_PROP_UNCHANGED] = "unchanged",
};
const char *const pns_scope_names[3] = {
	[PNS_PER_SHARED] = "shared",
	[PNS_PER_USER] = "user",
	[PNS_PER_GROUP] = "group",
};
const char *const pns_user_manager_names[3] = {
	[PNS_UM_DEFAULT] = "default",
	[PNS_UM_HIDDEN] = "hidden",
	[PNS_UM_REACHABLE] = "reachable",
};

#define VALID_TYPES "net, uts, ipc, mnt, pid, cgroup, time"

int pns_setting_line(const config_setting_t *s)
{
	for (; s; s = config_setting_parent(s))
		if (config_setting_source_line(s) > 0)
			return (int)config_setting_source_line(s);
	return 0;
}

void pns_perr(struct pns_pctx *c, const config_setting_t *s, const char *fmt, ...)
{
	char *msg = NULL;
	va_list ap;
	va_start(ap, fmt);
	int n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	pns_diag_add(c->d, c->file, pns_setting_line(s), "%s", n < 0 ? "out of memory" : msg);
	free(msg);
	c->errors++;
}

/* The name to use in "X must be ...": a list element is named by its list. */
static const char *name_of(const config_setting_t *s)
{
	for (; s; s = config_setting_parent(s))
		if (config_setting_name(s))
			return config_setting_name(s);
	return "value";
}

int pns_read_string(struct pns_pctx *c, const config_setting_t *s, const char **out)
{
	if (config_setting_type(s) != CONFIG_TYPE_STRING) {
		pns_perr(c, s, "%s must be a string in double quotes", name_of(s));
		return -1;
	}
	*out = config_setting_get_string(s);
	return 0;
}

int pns_read_bool(struct pns_pctx *c, const config_setting_t *s, bool *out)
{
	if (config_setting_type(s) != CONFIG_TYPE_BOOL) {
		pns_perr(c, s, "%s must be true or false", name_of(s));
		return -1;
	}
	*out = config_setting_get_bool(s) != 0;
	return 0;
}

/* Refuse the empty list [] or () at s, saying what it would mean: an empty
 * criterion or group_from would be no criterion at all, what a list that a
 * config-management template rendered empty was never meant to say, and
 * empty types or unshare would name no namespace. */
static void refuse_empty(struct pns_pctx *c, const config_setting_t *s)
{
	static const struct {
		const char *key, *whom;
	} criteria[] = {
		{ "users", "someone" }, { "groups", "a group" }, { "services", "a service" },
		{ "rhosts", "a remote host" }, { "ttys", "a terminal" },
	};
	const char *key = name_of(s);
	for (size_t i = 0; i < PNS_ARRAY_SIZE(criteria); i++) {
		if (!strcmp(key, criteria[i].key)) {
			pns_perr(c, s, "%s is empty: it would match every login; leave it out to mean "
				 "everyone, or name %s", key, criteria[i].whom);
			return;
		}
		if (!strncmp(key, "not_", 4) && !strcmp(key + 4, criteria[i].key)) {
			pns_perr(c, s, "%s is empty: it excludes nobody; leave it out", key);
			return;
		}
	}
	if (!strcmp(key, "group_from"))
		pns_perr(c, s, "group_from is empty: it would name no candidate group, so a login would "
			 "join the instance of the group its rule matched, else of the user's primary "
			 "group, as without group_from; leave it out to mean that, or name the groups");
	else if (!strcmp(key, "types") || !strcmp(key, "unshare"))
		pns_perr(c, s, "%s lists no namespace types (valid: " VALID_TYPES ")", key);
	else
		pns_perr(c, s, "%s is empty: leave it out, or list something", key);
}

/* Entries of a list in text order, to be sorted by value, position
 * breaking ties, so that equal values sit together, first written first. */
struct entry {
	const char *v;
	size_t at;
};

static int by_value(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	int r = strcmp(x->v, y->v);
	return r ? r : x->at < y->at ? -1 : x->at > y->at;
}

int pns_read_strlist(struct pns_pctx *c, const config_setting_t *s, struct pns_strlist *out)
{
	int type = config_setting_type(s);
	if (type == CONFIG_TYPE_STRING) {
		if (pns_strlist_add(out, config_setting_get_string(s)) < 0) {
			pns_perr(c, s, "out of memory");
			return -1;
		}
		return 0;
	}
	if (type != CONFIG_TYPE_ARRAY && type != CONFIG_TYPE_LIST) {
		pns_perr(c, s, "%s must be a list of strings, e.g. %s = [\"a\", \"b\"];", name_of(s),
			 name_of(s));
		return -1;
	}
	size_t len = (size_t)config_setting_length(s);
	if (len == 0) {
		refuse_empty(c, s);
		return -1;
	}
	if (len > PNS_POLICY_LIST_MAX) {
		pns_perr(c, s, "%s has %zu entries, more than the %d one list may hold: use a group "
			 "(groups = [...]) or a pattern for that many (see LIMITS in pam_ns.conf(5))",
			 name_of(s), len, PNS_POLICY_LIST_MAX);
		return -1;
	}
	/* Duplicates found by sorting a copy: n log n, where asking the list
	 * so far for each entry was n*n (40 s for 130,000 names). */
	cleanup_free struct entry *sorted = calloc(len, sizeof(*sorted));
	cleanup_free bool *again = calloc(len, sizeof(*again));
	if (!sorted || !again) {
		pns_perr(c, s, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < len; i++) {
		const config_setting_t *el = config_setting_get_elem(s, (unsigned)i);
		if (config_setting_type(el) != CONFIG_TYPE_STRING) {
			pns_perr(c, el, "%s must be a list of strings, e.g. %s = [\"a\", \"b\"];",
				 name_of(s), name_of(s));
			return -1;
		}
		sorted[i] = (struct entry){ .v = config_setting_get_string(el), .at = i };
	}
	qsort(sorted, len, sizeof(*sorted), by_value);
	for (size_t i = 1; i < len; i++)
		again[sorted[i].at] = !strcmp(sorted[i].v, sorted[i - 1].v);
	/* Each repetition reported where it is written, in text order; the
	 * list keeps the first of each. */
	int bad = 0;
	for (size_t i = 0; i < len; i++) {
		const config_setting_t *el = config_setting_get_elem(s, (unsigned)i);
		const char *v = config_setting_get_string(el);
		if (again[i]) {
			pns_perr(c, el, "%s lists \"%s\" twice", name_of(s), v);
			bad = -1;
		} else if (pns_strlist_add(out, v) < 0) {
			pns_perr(c, el, "out of memory");
			return -1;
		}
	}
	return bad;
}

int pns_type_checked(struct pns_pctx *c, const config_setting_t *s, const char *name)
{
	int t = pns_type_by_name(name);
	if (t >= 0)
		return t;
	if (!strcmp(name, "user"))
		pns_perr(c, s, "namespace type \"user\" is not supported: a privileged login program "
			 "(sshd, login, su) cannot keep working inside a new user namespace, where it "
			 "would lose its privileges over the rest of the system");
	else
		pns_perr(c, s, "unknown namespace type \"%s\" (valid: " VALID_TYPES ")", name);
	return -1;
}

int pns_read_types(struct pns_pctx *c, const config_setting_t *s, unsigned *mask)
{
	struct pns_strlist names = { 0 };
	int r = pns_read_strlist(c, s, &names);
	*mask = 0;
	for (size_t i = 0; i < names.n; i++) {
		/* Point at the element when the list has one per line. */
		const config_setting_t *el = config_setting_type(s) == CONFIG_TYPE_STRING
			? s : config_setting_get_elem(s, (unsigned)i);
		int t = pns_type_checked(c, el ? el : s, names.v[i]);
		if (t < 0)
			r = -1;
		else
			*mask |= PNS_BIT(t);
	}
	pns_strlist_free(&names);
	return r;
}

void pns_setup_init(struct pns_setup *st)
{
	memset(st, 0, sizeof(*st));
	st->propagation = PNS_PROP_SLAVE;
	st->loopback = true;
}

/* Why no user, group or service can make template h (escapes known, other
 * characters those of host names) a valid host name, or NULL when some may.
 * Each of %u %g %s stands for one letter, the shortest and plainest value
 * it can have, and %% for its '%': what such a name breaks (a '%', an empty
 * label, a '-' at a label's edge, the length) is written in the template
 * itself, and no longer value undoes it. */
static const char *never_valid(const char *h)
{
	cleanup_free char *x = malloc(strlen(h) + 1);
	if (!x)
		return NULL;
	size_t n = 0;
	for (const char *p = h; *p; p++) {
		if (*p != '%')
			x[n++] = *p;
		else if (*++p)
			x[n++] = *p == '%' ? '%' : 'x';
		else
			break;
	}
	x[n] = '\0';
	if (pns_hostname_valid(x))
		return NULL;
	if (strchr(x, '%'))
		return "%% writes a '%', which no host name may contain; drop it";
	if (!n)
		return "it is empty: name the host (\"lab\", \"%u-lab\") or leave hostname out";
	if (x[0] == '.' || x[n - 1] == '.' || strstr(x, ".."))
		return "a label would be empty (a '.' at either end, or two in a row); write one '.' "
		       "between labels, as in \"%u.lab\"";
	if (x[0] == '-' || x[n - 1] == '-' || strstr(x, "-.") || strstr(x, ".-"))
		return "a label would start or end with '-', whatever the escapes stand for; put each "
		       "'-' between letters, digits or escapes, as in \"%u-lab\"";
	return "it is longer than a host name may be (64 bytes, 63 in a label) even when each "
	       "escape stands for a single letter; shorten it";
}

bool pns_hostname_uses(const char *h, char esc)
{
	for (const char *p = h; p && *p; p++) {
		if (*p != '%')
			continue;
		if (*++p == esc)
			return true;
		if (!*p)
			break;
	}
	return false;
}

int pns_check_hostname_group(struct pns_diag *d, const char *file, int line, const struct pns_rule *r,
			     const struct pns_set *set)
{
	if (r->groups.n || (set && set->per == PNS_PER_GROUP) ||
	    !pns_hostname_uses(r->setup.hostname, 'g'))
		return 0;
	char joins[300];
	if (set)
		snprintf(joins, sizeof(joins), "set \"%s\", which it joins, is not per = \"group\"",
			 set->name);
	else
		snprintf(joins, sizeof(joins), "joins no per-group set");
	pns_diag_add(d, file, line, "hostname \"%s\" uses %%g, but this rule has no groups criterion "
		     "and %s, so there is no group to name; add groups = [...] (%%g is then the group "
		     "that matched) or drop %%g", r->setup.hostname, joins);
	return 1;
}

/* A hostname template: %u %g %s %% only, and otherwise characters a host
 * name may hold; without escapes it must be a valid host name as written,
 * with them one that some user, group or service can make valid. */
static void check_hostname(struct pns_pctx *c, const config_setting_t *s, const char *h)
{
	bool escapes = false;
	for (const char *p = h; *p; p++) {
		if (*p == '%') {
			if (p[1] == 'u' || p[1] == 'g' || p[1] == 's' || p[1] == '%') {
				escapes = true;
				p++;
				continue;
			}
			if (!p[1])
				pns_perr(c, s, "hostname \"%s\" ends with a lone %%, which no host name "
					 "may contain; drop it or complete an escape (%%u, %%g, %%s)", h);
			else
				pns_perr(c, s, "hostname \"%s\" has an unknown escape %%%c (valid: %%u user, "
					 "%%g group, %%s service, %%%% percent sign)", h, p[1]);
			return;
		}
		bool ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			  (*p >= '0' && *p <= '9') || *p == '-' || *p == '.';
		if (!ok) {
			pns_perr(c, s, "hostname \"%s\" contains '%c', which no host name may contain "
				 "(letters, digits, '-' and '.' only)", h, *p);
			return;
		}
	}
	const char *why;
	if (!escapes && !pns_hostname_valid(h))
		pns_perr(c, s, "hostname \"%s\" is not a valid host name (labels of letters, digits and "
			 "'-', not starting or ending with '-', 64 bytes at most)", h);
	else if (escapes && (why = never_valid(h)))
		pns_perr(c, s, "hostname \"%s\" can never be a valid host name: %s", h, why);
}

static int replace(struct pns_pctx *c, const config_setting_t *s, char **dst, const char *v)
{
	char *copy = strdup(v);
	if (!copy) {
		pns_perr(c, s, "out of memory");
		return -1;
	}
	free(*dst);
	*dst = copy;
	return 0;
}

/* tmp_size: a string only (a bare number would hide its unit), checked
 * by the same function that later computes the mount's size. */
static void parse_tmp_size(struct pns_pctx *c, const config_setting_t *s, struct pns_setup *st)
{
	int type = config_setting_type(s);
	if (type == CONFIG_TYPE_INT || type == CONFIG_TYPE_INT64 || type == CONFIG_TYPE_FLOAT) {
		pns_perr(c, s, "tmp_size must be a string in double quotes, not a number: write "
			 "tmp_size = \"512m\"; (bytes, with an optional k, m or g suffix) or "
			 "tmp_size = \"10%%\"; (of RAM)");
		return;
	}
	if (type != CONFIG_TYPE_STRING) {
		pns_perr(c, s, "tmp_size must be a string in double quotes, e.g. tmp_size = \"512m\"; "
			 "or tmp_size = \"10%%\";");
		return;
	}
	const char *v = config_setting_get_string(s);
	struct pns_err e = { 0 };
	if (pns_tmpfs_size(v, 0, NULL, &e) < 0) {
		pns_perr(c, s, "tmp_size %s; valid: a whole number of bytes with an optional k, m or g "
			 "suffix, or a whole percentage of RAM from 1 to 100, e.g. \"512m\", \"2g\", "
			 "\"10%%\"", e.msg);
		return;
	}
	replace(c, s, &st->tmp_size, v);
}

bool pns_parse_setup_key(struct pns_pctx *c, const config_setting_t *s, struct pns_setup *st,
			 struct pns_setup_seen *seen)
{
	const char *key = config_setting_name(s), *v;
	int line = pns_setting_line(s);
	bool b;
	if (!key)
		return false;
	if (!strcmp(key, "hostname")) {
		seen->hostname = line;
		if (pns_read_string(c, s, &v) == 0) {
			check_hostname(c, s, v);
			replace(c, s, &st->hostname, v);
		}
	} else if (!strcmp(key, "propagation")) {
		seen->propagation = line;
		if (pns_read_string(c, s, &v) < 0)
			return true;
		for (size_t i = 0; i < PNS_ARRAY_SIZE(pns_propagation_names); i++)
			if (!strcmp(v, pns_propagation_names[i])) {
				st->propagation = (enum pns_propagation)i;
				return true;
			}
		pns_perr(c, s, "propagation must be \"slave\", \"private\", \"shared\" or \"unchanged\", "
			 "not \"%s\"", v);
	} else if (!strcmp(key, "proc")) {
		seen->proc = line;
		if (pns_read_bool(c, s, &b) == 0)
			st->proc = b;
	} else if (!strcmp(key, "tmp")) {
		seen->tmp = line;
		if (pns_read_string(c, s, &v) < 0)
			return true;
		if (!strcmp(v, "private") || !strcmp(v, "shared"))
			st->tmp_private = !strcmp(v, "private");
		else
			pns_perr(c, s, "tmp must be \"private\" (a fresh /tmp) or \"shared\", not \"%s\"", v);
	} else if (!strcmp(key, "tmp_size")) {
		seen->tmp_size = line;
		parse_tmp_size(c, s, st);
	} else if (!strcmp(key, "loopback")) {
		seen->loopback = line;
		if (pns_read_bool(c, s, &b) == 0)
			st->loopback = b;
	} else if (!strcmp(key, "netns")) {
		seen->netns = line;
		if (pns_read_string(c, s, &v) < 0)
			return true;
		if (!pns_name_valid(v))
			pns_perr(c, s, "netns \"%s\" is not a valid name: letters, digits, '_', '.' and '-' "
				 "only, not \".\" or \"..\" (it names /etc/netns/NAME)", v);
		else
			replace(c, s, &st->netns, v);
	} else {
		return false;
	}
	return true;
}

static void need(struct pns_pctx *c, int line, const char *what)
{
	c->errors++;
	pns_diag_add(c->d, c->file, line, "%s", what);
}

/* With / shared (a systemd host) or left as the host has it, every mount
 * the module makes in the new mnt namespace on a shared mount would appear
 * on the host too.  /sys, /proc and /run/user are mounts of their own that
 * the module makes slaves in the session first (setup.c, pns_setup_hold);
 * /tmp (on most hosts) and /etc are part of /, and making / a slave would
 * end the propagation the rule asks for: a fresh /tmp and the /etc/netns
 * binds would cover the host's. */
static void leak(struct pns_pctx *c, int line, const struct pns_setup *st, const char *what,
		 const char *where)
{
	char msg[512];
	snprintf(msg, sizeof(msg), "propagation \"%s\" would carry %s to the host: %s, and / is "
		 "shared with the host under this propagation (on systemd hosts); use \"slave\" or "
		 "\"private\"", pns_propagation_names[st->propagation], what, where);
	need(c, line, msg);
}

void pns_check_propagation(struct pns_pctx *c, int line, unsigned mask, const struct pns_setup *st,
			   const struct pns_setup_seen *seen)
{
	if (!(mask & PNS_BIT(PNS_MNT)) || !PNS_PROP_LEAKS(st->propagation))
		return;
	if (st->tmp_private)
		leak(c, seen->tmp ? seen->tmp : line, st, "the session's fresh /tmp",
		     "/tmp is part of the mount of / on most hosts");
	if (st->netns)
		leak(c, seen->netns ? seen->netns : line, st, "the binds of /etc/netns/NAME over /etc",
		     "/etc is part of the mount of /");
}

void pns_check_setup_needs(struct pns_pctx *c, int line, unsigned mask, const char *where,
			   bool need_mnt_for_netns, const struct pns_setup *st,
			   const struct pns_setup_seen *seen)
{
	char msg[512];
	bool mnt = mask & PNS_BIT(PNS_MNT), pid = mask & PNS_BIT(PNS_PID);
	if (seen->hostname && st->hostname && !(mask & PNS_BIT(PNS_UTS))) {
		snprintf(msg, sizeof(msg), "hostname is set for a new uts namespace only: add \"uts\" to %s", where);
		need(c, seen->hostname ? seen->hostname : line, msg);
	}
	if (seen->propagation && !mnt) {
		snprintf(msg, sizeof(msg), "propagation applies to a new mnt namespace only: add \"mnt\" to %s", where);
		need(c, seen->propagation, msg);
	}
	if (seen->proc && st->proc && !pid) {
		snprintf(msg, sizeof(msg), "proc = true mounts a /proc for a new pid namespace: add \"pid\" to %s", where);
		need(c, seen->proc, msg);
	} else if (seen->proc && st->proc && !mnt) {
		snprintf(msg, sizeof(msg), "proc = true needs a new mnt namespace too (proc without mnt): "
			 "a fresh /proc can only be mounted in a mount namespace of the session's own, "
			 "and without it the new pid namespace has no way to be seen; add \"mnt\" to %s", where);
		need(c, seen->proc, msg);
	}
	if (seen->tmp && st->tmp_private && !mnt) {
		snprintf(msg, sizeof(msg), "tmp = \"private\" mounts a fresh /tmp, which needs a new mnt "
			 "namespace: add \"mnt\" to %s", where);
		need(c, seen->tmp, msg);
	}
	if (seen->tmp_size && !st->tmp_private) {
		need(c, seen->tmp_size, "tmp_size bounds a fresh /tmp, which only tmp = \"private\" "
		     "mounts: add tmp = \"private\" or drop tmp_size");
	} else if (seen->tmp_size && !mnt) {
		snprintf(msg, sizeof(msg), "tmp_size bounds the fresh /tmp, which needs a new mnt "
			 "namespace: add \"mnt\" to %s", where);
		need(c, seen->tmp_size, msg);
	}
	if (seen->loopback && !(mask & PNS_BIT(PNS_NET))) {
		snprintf(msg, sizeof(msg), "loopback applies to a new net namespace only: add \"net\" to %s", where);
		need(c, seen->loopback, msg);
	}
	if (seen->netns && need_mnt_for_netns && !mnt) {
		snprintf(msg, sizeof(msg), "netns binds /etc/netns/NAME over /etc, which needs a new mnt "
			 "namespace: add \"mnt\" to %s", where);
		need(c, seen->netns, msg);
	}
	pns_check_propagation(c, line, mask, st, seen);
}
