/* Parsing one policy file: top-level settings, namespace sets and rules,
 * each checked as it is read so every error carries its file and line. */
#include "policy_int.h"

#include <errno.h>
#include <string.h>

#define TOP_KEYS "version, pin_dir, on_error, namespaces, rules"
#define SET_KEYS "types, per, group_from, paths, ip_netns, " PNS_SETUP_KEYS
#define RULE_KEYS "users, not_users, groups, not_groups, services, not_services, rhosts, " \
		  "not_rhosts, ttys, not_ttys, action, unshare, join, create, " PNS_SETUP_KEYS
#define MAX_POLICY_SIZE (1024 * 1024)

/* Absolute, no empty, "." or ".." components, no trailing slash, not "/". */
static bool path_normalized(const char *p)
{
	if (p[0] != '/' || !p[1])
		return false;
	for (const char *c = p + 1;; ) {
		size_t len = strcspn(c, "/");
		if (len == 0 || (len == 1 && c[0] == '.') || (len == 2 && c[0] == '.' && c[1] == '.'))
			return false;
		if (!c[len])
			return true;
		c += len + 1;
	}
}

/* ---- namespace sets --------------------------------------------------- */

struct set_seen {
	int types, per, group_from, paths, ip_netns;
	unsigned types_mask;
	struct pns_setup_seen setup;
};

static void parse_paths(struct pns_pctx *c, const config_setting_t *g, struct pns_set *set)
{
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		pns_perr(c, g, "paths must be a group of pinned namespace files, e.g. "
			 "paths = { net = \"/run/netns/vpn\"; };");
		return;
	}
	for (int i = 0; i < config_setting_length(g); i++) {
		const config_setting_t *s = config_setting_get_elem(g, (unsigned)i);
		const char *v;
		int t = pns_type_checked(c, s, config_setting_name(s));
		if (t < 0 || pns_read_string(c, s, &v) < 0)
			continue;
		if (v[0] != '/') {
			pns_perr(c, s, "paths: %s = \"%s\" must be an absolute path", config_setting_name(s), v);
			continue;
		}
		if (!(set->paths[t] = strdup(v)))
			pns_perr(c, s, "out of memory");
		set->types |= PNS_BIT(t);
	}
	if (config_setting_length(g) == 0)
		pns_perr(c, g, "paths is empty: name at least one pinned namespace file");
}

static void set_key(struct pns_pctx *c, const config_setting_t *s, struct pns_set *set,
		    struct set_seen *seen)
{
	const char *key = config_setting_name(s), *v;
	int line = pns_setting_line(s);
	if (!strcmp(key, "types")) {
		seen->types = line;
		pns_read_types(c, s, &seen->types_mask);
	} else if (!strcmp(key, "per")) {
		seen->per = line;
		if (pns_read_string(c, s, &v) < 0)
			return;
		if (!strcmp(v, "shared"))
			set->per = PNS_PER_SHARED;
		else if (!strcmp(v, "user"))
			set->per = PNS_PER_USER;
		else if (!strcmp(v, "group"))
			set->per = PNS_PER_GROUP;
		else
			pns_perr(c, s, "per must be \"shared\" (one set for everyone), \"user\" (one per user) "
				 "or \"group\" (one per group), not \"%s\"", v);
	} else if (!strcmp(key, "group_from")) {
		seen->group_from = line;
		pns_read_strlist(c, s, &set->group_from);
	} else if (!strcmp(key, "paths")) {
		seen->paths = line;
		parse_paths(c, s, set);
	} else if (!strcmp(key, "ip_netns")) {
		seen->ip_netns = line;
		pns_read_bool(c, s, &set->ip_netns);
	} else if (!pns_parse_setup_key(c, s, &set->setup, &seen->setup)) {
		pns_perr(c, s, "unknown setting \"%s\" in namespace set \"%s\" (valid: " SET_KEYS ")", key,
			 set->name);
	}
}

static void check_external(struct pns_pctx *c, const struct pns_set *set, const struct set_seen *seen)
{
	if (seen->types && seen->types_mask != set->types) {
		char want[64], got[64];
		pns_diag_add(c->d, c->file, seen->types, "types = [%s] of set \"%s\" differs from the "
			     "types its paths give (%s): drop types, paths decide", pns_mask_str(seen->types_mask, got, sizeof(got)),
			     set->name, pns_mask_str(set->types, want, sizeof(want)));
		c->errors++;
	}
	static const char why[] = "its namespaces are pinned by someone else (paths)";
	struct { int line; const char *what; } bad[] = {
		{ set->per != PNS_PER_SHARED ? seen->per : 0, "per other than \"shared\"" },
		{ seen->group_from, "group_from" },
		{ seen->ip_netns, "ip_netns" },
		{ seen->setup.hostname, "hostname" },
		{ seen->setup.propagation, "propagation" },
		{ seen->setup.proc, "proc" },
		{ seen->setup.tmp, "tmp" },
		{ seen->setup.loopback, "loopback" },
		{ seen->setup.netns, "netns" },
	};
	for (size_t i = 0; i < PNS_ARRAY_SIZE(bad); i++) {
		if (!bad[i].line)
			continue;
		pns_diag_add(c->d, c->file, bad[i].line, "%s is not allowed in set \"%s\": %s", bad[i].what,
			     set->name, why);
		c->errors++;
	}
}

static void check_own(struct pns_pctx *c, const config_setting_t *g, struct pns_set *set,
		      const struct set_seen *seen)
{
	set->types = seen->types_mask;
	if (!seen->types)
		pns_perr(c, g, "namespace set \"%s\" has no types: give types = [\"net\", ...] for a set "
			 "pam_ns creates, or paths = { net = \"/run/netns/NAME\"; } for one pinned elsewhere",
			 set->name);
	if (seen->group_from && set->per != PNS_PER_GROUP) {
		pns_diag_add(c->d, c->file, seen->group_from, "group_from only applies to per = \"group\" "
			     "(set \"%s\")", set->name);
		c->errors++;
	}
	if (seen->ip_netns && set->ip_netns && seen->types && !(set->types & PNS_BIT(PNS_NET))) {
		pns_diag_add(c->d, c->file, seen->ip_netns, "ip_netns = true pins a net namespace for "
			     "`ip netns`: set \"%s\" has no \"net\" in types", set->name);
		c->errors++;
	}
	if (!seen->types)
		return;
	pns_check_setup_needs(c, set->line, set->types, "the set's types", false, &set->setup, &seen->setup);
	if (seen->setup.netns && !(set->types & PNS_BIT(PNS_NET))) {
		pns_diag_add(c->d, c->file, seen->setup.netns, "netns names the /etc/netns of a net "
			     "namespace: add \"net\" to the set's types");
		c->errors++;
	}
}

static void parse_set(struct pns_pctx *c, const config_setting_t *g)
{
	const char *name = config_setting_name(g);
	int line = pns_setting_line(g);
	const struct pns_set *dup = pns_policy_find_set(c->pol, name);
	if (dup) {
		pns_perr(c, g, "namespace set \"%s\" is already defined at %s:%d", name, dup->file, dup->line);
		return;
	}
	if (!pns_name_valid(name))
		pns_perr(c, g, "namespace set name \"%s\" is not valid: letters, digits, '_', '.' and '-' "
			 "only, not \".\" or \"..\"", name);
	struct pns_set *sets = realloc(c->pol->sets, (c->pol->nsets + 1) * sizeof(*sets));
	if (!sets) {
		pns_perr(c, g, "out of memory");
		return;
	}
	c->pol->sets = sets;
	struct pns_set *set = &sets[c->pol->nsets];
	memset(set, 0, sizeof(*set));
	pns_setup_init(&set->setup);
	set->file = c->file;
	set->line = line;
	set->per = PNS_PER_SHARED;
	if (!(set->name = strdup(name))) {
		pns_perr(c, g, "out of memory");
		return;
	}
	c->pol->nsets++;
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		pns_perr(c, g, "namespace set \"%s\" must be a group: %s = { types = [...]; };", name, name);
		return;
	}
	struct set_seen seen = { 0 };
	for (int i = 0; i < config_setting_length(g); i++)
		set_key(c, config_setting_get_elem(g, (unsigned)i), set, &seen);
	set->external = seen.paths != 0;
	if (set->external)
		check_external(c, set, &seen);
	else
		check_own(c, g, set, &seen);
}

static void parse_namespaces(struct pns_pctx *c, const config_setting_t *g)
{
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		pns_perr(c, g, "namespaces must be a group: namespaces = { NAME = { types = [...]; }; };");
		return;
	}
	for (int i = 0; i < config_setting_length(g); i++)
		parse_set(c, config_setting_get_elem(g, (unsigned)i));
}

/* ---- rules ------------------------------------------------------------ */

struct rule_seen {
	int action, unshare, join, create;
	struct pns_setup_seen setup;
};

static struct pns_strlist *criterion(struct pns_rule *r, const char *key)
{
	struct { const char *name; struct pns_strlist *l; } c[] = {
		{ "users", &r->users }, { "not_users", &r->not_users },
		{ "groups", &r->groups }, { "not_groups", &r->not_groups },
		{ "services", &r->services }, { "not_services", &r->not_services },
		{ "rhosts", &r->rhosts }, { "not_rhosts", &r->not_rhosts },
		{ "ttys", &r->ttys }, { "not_ttys", &r->not_ttys },
	};
	for (size_t i = 0; i < PNS_ARRAY_SIZE(c); i++)
		if (!strcmp(key, c[i].name))
			return c[i].l;
	return NULL;
}

static void rule_key(struct pns_pctx *c, const config_setting_t *s, struct pns_rule *r,
		     struct rule_seen *seen)
{
	const char *key = config_setting_name(s), *v;
	int line = pns_setting_line(s);
	struct pns_strlist *l = key ? criterion(r, key) : NULL;
	if (!key) {
		pns_perr(c, s, "a rule must hold named settings: { users = [...]; unshare = [...]; }");
	} else if (l) {
		pns_read_strlist(c, s, l);
	} else if (!strcmp(key, "action")) {
		seen->action = line;
		if (pns_read_string(c, s, &v) < 0)
			return;
		if (!strcmp(v, "none"))
			r->none = true;
		else
			pns_perr(c, s, "action must be \"none\", not \"%s\" (new namespaces: unshare = [...]; "
				 "a named set: join = \"NAME\")", v);
	} else if (!strcmp(key, "unshare")) {
		seen->unshare = line;
		pns_read_types(c, s, &r->unshare);
	} else if (!strcmp(key, "join")) {
		seen->join = line;
		if (pns_read_string(c, s, &v) < 0)
			return;
		if (!pns_name_valid(v))
			pns_perr(c, s, "join = \"%s\" is not a valid set name: letters, digits, '_', '.' and '-' "
				 "only, not \".\" or \"..\"", v);
		else if (!(r->join_name = strdup(v)))
			pns_perr(c, s, "out of memory");
	} else if (!strcmp(key, "create")) {
		seen->create = line;
		pns_read_bool(c, s, &r->create);
	} else if (!pns_parse_setup_key(c, s, &r->setup, &seen->setup)) {
		pns_perr(c, s, "unknown setting \"%s\" in a rule (valid: " RULE_KEYS ")", key);
	}
}

static void check_rule(struct pns_pctx *c, struct pns_rule *r, const struct rule_seen *seen)
{
	if (r->none) {
		struct { int line; const char *what; } bad[] = {
			{ seen->unshare, "unshare" }, { seen->join, "join" }, { seen->create, "create" },
			{ seen->setup.hostname, "hostname" }, { seen->setup.propagation, "propagation" },
			{ seen->setup.proc, "proc" }, { seen->setup.tmp, "tmp" },
			{ seen->setup.loopback, "loopback" }, { seen->setup.netns, "netns" },
		};
		for (size_t i = 0; i < PNS_ARRAY_SIZE(bad); i++) {
			if (!bad[i].line)
				continue;
			pns_diag_add(c->d, c->file, bad[i].line, "action = \"none\" leaves the session alone: "
				     "it cannot be combined with %s", bad[i].what);
			c->errors++;
		}
		return;
	}
	if (!seen->action && !seen->unshare && !seen->join) {
		pns_diag_add(c->d, c->file, r->line, "rule does nothing: give unshare, join or action = \"none\"");
		c->errors++;
		return;
	}
	if (seen->create && !seen->join) {
		pns_diag_add(c->d, c->file, seen->create, "create only applies to a rule that joins a set "
			     "(join = \"NAME\")");
		c->errors++;
	}
	pns_check_setup_needs(c, r->line, r->unshare, "unshare", true, &r->setup, &seen->setup);
	/* With a join, the net namespace may come from the set: checked by
	 * pns_policy_finish once every file is read. */
	if (seen->setup.netns && !seen->join && !(r->unshare & PNS_BIT(PNS_NET))) {
		pns_diag_add(c->d, c->file, seen->setup.netns, "netns names the /etc/netns of a net "
			     "namespace: add \"net\" to unshare or join a set with net");
		c->errors++;
	}
}

static void parse_rule(struct pns_pctx *c, const config_setting_t *g)
{
	struct pns_rule *rules = realloc(c->pol->rules, (c->pol->nrules + 1) * sizeof(*rules));
	if (!rules) {
		pns_perr(c, g, "out of memory");
		return;
	}
	c->pol->rules = rules;
	struct pns_rule *r = &rules[c->pol->nrules++];
	memset(r, 0, sizeof(*r));
	pns_setup_init(&r->setup);
	r->file = c->file;
	r->line = pns_setting_line(g);
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		pns_perr(c, g, "each rule must be a group: rules = ( { users = [...]; unshare = [...]; }, ... );");
		return;
	}
	struct rule_seen seen = { 0 };
	for (int i = 0; i < config_setting_length(g); i++)
		rule_key(c, config_setting_get_elem(g, (unsigned)i), r, &seen);
	check_rule(c, r, &seen);
}

static void parse_rules(struct pns_pctx *c, const config_setting_t *l)
{
	if (config_setting_type(l) != CONFIG_TYPE_LIST) {
		pns_perr(c, l, "rules must be a list of groups in parentheses: rules = ( { ... }, { ... } );");
		return;
	}
	for (int i = 0; i < config_setting_length(l); i++)
		parse_rule(c, config_setting_get_elem(l, (unsigned)i));
}

/* ---- the file --------------------------------------------------------- */

static void parse_top(struct pns_pctx *c, const config_setting_t *root, bool main_file)
{
	static const char *const main_only[] = { "pin_dir", "on_error" };
	const config_setting_t *version = NULL;
	for (int i = 0; i < config_setting_length(root); i++) {
		const config_setting_t *s = config_setting_get_elem(root, (unsigned)i);
		const char *key = config_setting_name(s), *v;
		bool only_main = false;
		for (size_t k = 0; k < PNS_ARRAY_SIZE(main_only); k++)
			only_main |= !strcmp(key, main_only[k]);
		if (only_main && !main_file) {
			pns_perr(c, s, "%s may only be set in the main policy file, not in a drop-in "
				 "(drop-ins may hold version, namespaces and rules)", key);
		} else if (!strcmp(key, "version")) {
			version = s;
			if (config_setting_type(s) != CONFIG_TYPE_INT)
				pns_perr(c, s, "version must be the number 1: version = 1;");
			else if (config_setting_get_int(s) != 1)
				pns_perr(c, s, "version %d is not supported: this pam_ns reads version = 1",
					 config_setting_get_int(s));
		} else if (!strcmp(key, "pin_dir")) {
			if (pns_read_string(c, s, &v) < 0)
				continue;
			if (!path_normalized(v)) {
				pns_perr(c, s, "pin_dir \"%s\" must be an absolute, normalized path other than "
					 "\"/\" (no \"//\", \".\", \"..\" or trailing \"/\")", v);
				continue;
			}
			char *copy = strdup(v);
			if (!copy) {
				pns_perr(c, s, "out of memory");
				continue;
			}
			free(c->pol->pin_dir);
			c->pol->pin_dir = copy;
		} else if (!strcmp(key, "on_error")) {
			if (pns_read_string(c, s, &v) < 0)
				continue;
			if (!strcmp(v, "deny"))
				c->pol->on_error = PNS_ON_ERROR_DENY;
			else if (!strcmp(v, "allow"))
				c->pol->on_error = PNS_ON_ERROR_ALLOW;
			else
				pns_perr(c, s, "on_error must be \"deny\" or \"allow\", not \"%s\"", v);
		} else if (!strcmp(key, "namespaces")) {
			parse_namespaces(c, s);
		} else if (!strcmp(key, "rules")) {
			parse_rules(c, s);
		} else {
			pns_perr(c, s, "unknown setting \"%s\" (valid at the top level: " TOP_KEYS ")", key);
		}
	}
	if (main_file && !version) {
		pns_diag_add(c->d, c->file, 0, "version = 1; is missing: the main policy file must say "
			     "which policy language it is written in");
		c->errors++;
	}
}

/* libconfig would read an @include from the process's cwd without any of
 * our trust checks, so the policy language has none: drop-ins replace it.
 * Its scanner only knows @include at the start of a line. */
static int refuse_include(struct pns_pctx *c, const char *text)
{
	int line = 1, bad = 0;
	for (const char *p = text; *p; line++) {
		const char *q = p + strspn(p, " \t");
		if (!strncmp(q, "@include", 8)) {
			pns_diag_add(c->d, c->file, line, "@include is not supported: put extra files in the "
				     "drop-in directory instead, where they are checked like the policy");
			c->errors++;
			bad = -1;
		}
		p = strchr(p, '\n');
		if (!p)
			break;
		p++;
	}
	return bad;
}

/* The whole stream into a string libconfig can parse; NULL after an error. */
static char *slurp(struct pns_pctx *c, FILE *f)
{
	size_t cap = 4096, len = 0;
	char *buf = malloc(cap);
	while (buf) {
		if (len + 1 >= cap) {
			char *nb = cap >= MAX_POLICY_SIZE ? NULL : realloc(buf, cap * 2);
			if (!nb) {
				pns_diag_add(c->d, c->file, 0, "%s", cap >= MAX_POLICY_SIZE
					     ? "file is larger than 1 MiB: not a policy" : "out of memory");
				c->errors++;
				free(buf);
				return NULL;
			}
			buf = nb;
			cap *= 2;
		}
		size_t n = fread(buf + len, 1, cap - 1 - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (!buf || ferror(f)) {
		pns_diag_add(c->d, c->file, 0, "cannot read the file: %s", strerror(buf ? EIO : ENOMEM));
		c->errors++;
		free(buf);
		return NULL;
	}
	buf[len] = '\0';
	if (memchr(buf, '\0', len)) {
		pns_diag_add(c->d, c->file, 0, "file contains a NUL byte: not a policy");
		c->errors++;
		free(buf);
		return NULL;
	}
	return buf;
}

static const char *intern_file(struct pns_policy *pol, const char *name)
{
	if (pns_strlist_add(&pol->files, name) < 0)
		return NULL;
	return pol->files.v[pol->files.n - 1];
}

int pns_policy_parse_stream(struct pns_policy *pol, FILE *f, const char *name, bool main_file,
			    struct pns_diag *diag)
{
	struct pns_pctx c = { .pol = pol, .d = diag, .file = intern_file(pol, name) };
	if (!c.file) {
		pns_diag_add(diag, name, 0, "out of memory");
		return 1;
	}
	cleanup_free char *text = slurp(&c, f);
	if (!text || refuse_include(&c, text) < 0)
		return c.errors;
	config_t cfg;
	config_init(&cfg);
	/* Belt and braces: should an include slip past refuse_include, it is
	 * looked up where nothing can be found. */
	config_set_include_dir(&cfg, "/nonexistent/pam_ns-has-no-includes");
	if (config_read_string(&cfg, text) != CONFIG_TRUE) {
		if (config_error_type(&cfg) == CONFIG_ERR_PARSE)
		{
			const char *t = config_error_text(&cfg) ? config_error_text(&cfg) : "syntax error";
			/* libconfig's usual text is just "syntax error". */
			pns_diag_add(diag, c.file, config_error_line(&cfg), "%s%s%s",
				     strcmp(t, "syntax error") ? "syntax error: " : "", t,
				     strcmp(t, "syntax error") ? "" : " (a missing ';', quote or bracket?)");
		}
		else
			pns_diag_add(diag, c.file, 0, "cannot read the file: %s",
				     config_error_text(&cfg) ? config_error_text(&cfg) : "I/O error");
		c.errors++;
	} else {
		parse_top(&c, config_root_setting(&cfg), main_file);
	}
	config_destroy(&cfg);
	return c.errors;
}
