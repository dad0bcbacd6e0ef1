/* The `rules` list: criteria, actions and setup of each rule. */
#include "policy/policy_int.h"

#include <string.h>

#define RULE_KEYS "users, not_users, groups, not_groups, services, not_services, rhosts, " \
		  "not_rhosts, ttys, not_ttys, action, unshare, join, create, user_manager, " \
		  PNS_SETUP_KEYS

struct rule_seen {
	int action, unshare, join, create, user_manager;
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
	} else if (!strcmp(key, "user_manager")) {
		seen->user_manager = line;
		if (pns_read_string(c, s, &v) < 0)
			return;
		/* (index 0, "default", is what an unset key means: not a word) */
		for (size_t i = 1; i < PNS_ARRAY_SIZE(pns_user_manager_names); i++)
			if (!strcmp(v, pns_user_manager_names[i])) {
				r->user_manager = (enum pns_user_manager)i;
				return;
			}
		pns_perr(c, s, "user_manager must be \"hidden\" (the session gets a private /run/user) "
			 "or \"reachable\", not \"%s\"", v);
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
			{ seen->setup.tmp_size, "tmp_size" },
			{ seen->setup.loopback, "loopback" }, { seen->setup.netns, "netns" },
			{ seen->user_manager, "user_manager" },
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
	/* %g is the group `groups` matched, or the instance of a per-group
	 * set the rule joins: checked by pns_policy_finish with a join. */
	if (seen->setup.hostname && !seen->join)
		c->errors += pns_check_hostname_group(c->d, c->file, seen->setup.hostname, r, NULL);
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
	struct pns_rule *grown = pns_grow(c->pol->rules, c->pol->nrules, sizeof(*grown));
	if (!grown) {
		pns_perr(c, g, "out of memory");
		return;
	}
	c->pol->rules = grown;
	struct pns_rule *r = &grown[c->pol->nrules++];
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

void pns_parse_rules(struct pns_pctx *c, const config_setting_t *l)
{
	if (config_setting_type(l) != CONFIG_TYPE_LIST) {
		pns_perr(c, l, "rules must be a list of groups in parentheses: rules = ( { ... }, { ... } );");
		return;
	}
	for (int i = 0; i < config_setting_length(l); i++) {
		const config_setting_t *g = config_setting_get_elem(l, (unsigned)i);
		if (c->pol->nrules == PNS_POLICY_RULES_MAX) {
			if (c->budget->told_rules) {
				return;	/* said once, in the file that passed it */
			}
			c->budget->told_rules = true;
			pns_perr(c, g, "this rule is one more than the %d rules a policy may hold in all "
				 "its files: use lists of users or groups in fewer rules (see LIMITS in "
				 "pam_ns.conf(5))", PNS_POLICY_RULES_MAX);
			return;
		}
		parse_rule(c, g);
	}
}
