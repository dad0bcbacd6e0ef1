/* The `namespaces` group: named sets, own or external, and their checks. */
#include "policy/policy_int.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <limits.h>

#include "common/path.h"

#include <string.h>

#define SET_KEYS "types, per, group_from, paths, ip_netns, uplink, hooks, " PNS_SETUP_KEYS

struct set_seen {
	int types, per, group_from, paths, ip_netns, uplink, hooks;
	bool per_bad;			/* per given, but none of its words */
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
		/* As pin_dir: one spelling per file, and none a login would
		 * refuse ("." and ".." are never walked). */
		char norm[PATH_MAX];
		if (pns_path_normal("paths", v, norm, sizeof(norm), NULL) < 0 || strcmp(norm, v)) {
			pns_perr(c, s, "paths: %s = \"%s\" must be an absolute, normalized path (no \"//\", "
				 "\".\", \"..\" or trailing \"/\")", config_setting_name(s), v);
			continue;
		}
		if (!(set->paths[t] = strdup(v)))
			pns_perr(c, s, "out of memory");
		set->path_lines[t] = pns_setting_line(s);
		set->types |= PNS_BIT(t);
	}
	if (config_setting_length(g) == 0)
		pns_perr(c, g, "paths is empty: name at least one pinned namespace file");
}

/* --- uplink: a veth pair into the set's net namespace (store/uplink.h) --- */

#define UPLINK_KEYS "bridge, inside, address, gateway, isolated"

/* The kernel's rule for a link name (dev_valid_name): 1 to 15 bytes, not
 * "." or "..", no '/', ':' or white space. */
static bool ifname_valid(const char *n)
{
	size_t len = strlen(n);
	if (len == 0 || len >= PNS_IFNAMSIZ || !strcmp(n, ".") || !strcmp(n, ".."))
		return false;
	for (const char *p = n; *p; p++)
		if (*p == '/' || *p == ':' || isspace((unsigned char)*p))
			return false;
	return true;
}

static void uplink_ifname(struct pns_pctx *c, const config_setting_t *s, const struct pns_set *set,
			  char *out)
{
	const char *v;
	if (pns_read_string(c, s, &v) < 0)
		return;
	if (!ifname_valid(v))
		pns_perr(c, s, "uplink of set \"%s\": %s = \"%s\" is not a valid interface name (1 to 15 "
			 "characters, no '/', ':' or white space, not \".\" or \"..\")", set->name,
			 config_setting_name(s), v);
	else if (!strcmp(config_setting_name(s), "inside") && !strcmp(v, "lo"))
		pns_perr(c, s, "uplink of set \"%s\": inside = \"lo\" is the set's loopback interface; "
			 "name the uplink's end something else (the default is \"eth0\")", set->name);
	else
		memcpy(out, v, strlen(v) + 1);
}

/* "ADDRESS/PREFIX" (IPv4 or IPv6) into u: family, bytes, prefix. */
static void uplink_address(struct pns_pctx *c, const config_setting_t *s, const struct pns_set *set,
			   struct pns_uplink *u)
{
	const char *v, *slash;
	char ip[INET6_ADDRSTRLEN + 1];
	char *end;
	if (pns_read_string(c, s, &v) < 0)
		return;
	slash = strchr(v, '/');
	if (slash && (size_t)(slash - v) < sizeof(ip)) {
		memcpy(ip, v, (size_t)(slash - v));
		ip[slash - v] = '\0';
		u->family = inet_pton(AF_INET, ip, u->addr) == 1 ? AF_INET :
			    inet_pton(AF_INET6, ip, u->addr) == 1 ? AF_INET6 : 0;
	}
	unsigned max = u->family == AF_INET ? 32 : 128;
	unsigned long prefix = slash && u->family && *(slash + 1) >= '0' && *(slash + 1) <= '9' ?
			       strtoul(slash + 1, &end, 10) : 0;
	if (!prefix || *end || prefix > max) {
		pns_perr(c, s, "uplink of set \"%s\": address = \"%s\" must be an IPv4 or IPv6 address "
			 "and a prefix length (1 to 32, or to 128), e.g. \"10.200.0.0/16\" or "
			 "\"fd00:200::/64\"", set->name, v);
		u->family = 0;
		return;
	}
	u->prefix = (unsigned)prefix;
}

/* The `uplink` group of a set: each key, then what they say together (the
 * gateway's family is the address's, so it is read last). */
static void parse_uplink(struct pns_pctx *c, const config_setting_t *g, struct pns_set *set)
{
	struct pns_uplink *u = &set->uplink;
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		pns_perr(c, g, "uplink must be a group, e.g. uplink = { bridge = \"pnsbr0\"; "
			 "address = \"10.200.0.0/16\"; };");
		return;
	}
	u->on = true;
	u->isolated = true;
	memcpy(u->inside, "eth0", sizeof("eth0"));
	const config_setting_t *address = NULL, *gateway = NULL, *isolated = NULL;
	for (int i = 0; i < config_setting_length(g); i++) {
		const config_setting_t *s = config_setting_get_elem(g, (unsigned)i);
		const char *key = config_setting_name(s);
		if (!strcmp(key, "bridge"))
			uplink_ifname(c, s, set, u->bridge);
		else if (!strcmp(key, "inside"))
			uplink_ifname(c, s, set, u->inside);
		else if (!strcmp(key, "address") && (address = s))
			uplink_address(c, s, set, u);
		else if (!strcmp(key, "gateway"))
			gateway = s;
		else if (!strcmp(key, "isolated") && (isolated = s))
			pns_read_bool(c, s, &u->isolated);
		else
			pns_perr(c, s, "unknown setting \"%s\" in the uplink of set \"%s\" (valid: "
				 UPLINK_KEYS ")", key, set->name);
	}
	const char *v;
	if (isolated && !u->bridge[0])
		pns_perr(c, isolated, "uplink of set \"%s\": isolated applies to the ports of a bridge: "
			 "give bridge, or drop isolated", set->name);
	if (!gateway || pns_read_string(c, gateway, &v) < 0)
		return;
	if (!address) {
		pns_perr(c, gateway, "uplink of set \"%s\": gateway needs an address in the set "
			 "(address = \"ADDRESS/PREFIX\")", set->name);
	} else if (u->family && inet_pton(u->family, v, u->gw) != 1) {
		unsigned char other[16];
		bool v6 = u->family == AF_INET;	/* the family it is not */
		if (inet_pton(v6 ? AF_INET6 : AF_INET, v, other) == 1)
			pns_perr(c, gateway, "uplink of set \"%s\": gateway \"%s\" is an %s address, but "
				 "the address is %s: both must be of one family", set->name, v,
				 v6 ? "IPv6" : "IPv4", v6 ? "IPv4" : "IPv6");
		else
			pns_perr(c, gateway, "uplink of set \"%s\": gateway = \"%s\" is not an IP address "
				 "(no prefix length)", set->name, v);
	} else if (u->family) {
		u->gateway = true;
	}
}

/* hooks = { create = "/path"; delete = "/path"; timeout = 10; }: programs
 * root runs, so the same path rules as paths (one spelling, absolute). */
static void parse_hooks(struct pns_pctx *c, const config_setting_t *g, struct pns_set *set)
{
	struct pns_hooks *h = &set->hooks;
	int errors = c->errors;
	h->timeout_s = PNS_HOOK_TIMEOUT_DEFAULT;
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		pns_perr(c, g, "hooks must be a group of programs, e.g. hooks = { create = "
			 "\"/sbin/lab-up\"; delete = \"/sbin/lab-down\"; };");
		return;
	}
	for (int i = 0; i < config_setting_length(g); i++) {
		const config_setting_t *s = config_setting_get_elem(g, (unsigned)i);
		const char *key = config_setting_name(s), *v;
		char **slot = !strcmp(key, "create") ? &h->create : !strcmp(key, "delete") ? &h->delete_ : NULL;
		if (!strcmp(key, "timeout")) {
			int t = 0;
			if (config_setting_type(s) != CONFIG_TYPE_INT ||
			    (t = config_setting_get_int(s)) < 1 || t > PNS_HOOK_TIMEOUT_MAX)
				pns_perr(c, s, "hooks: timeout must be a whole number of seconds from 1 to %d "
					 "(other logins give up waiting for a set being made after 12 s)",
					 PNS_HOOK_TIMEOUT_MAX);
			else
				h->timeout_s = t;
			continue;
		}
		if (!slot) {
			pns_perr(c, s, "unknown setting \"%s\" in hooks of set \"%s\" (valid: create, delete, "
				 "timeout)", key, set->name);
			continue;
		}
		if (pns_read_string(c, s, &v) < 0)
			continue;
		char norm[PATH_MAX];
		if (pns_has_control(v)) {
			pns_perr(c, s, "hooks: %s has a control character in its path: name the program "
				 "by a path of printable characters", key);
			continue;
		}
		if (pns_path_normal("hooks", v, norm, sizeof(norm), NULL) < 0 || strcmp(norm, v)) {
			pns_perr(c, s, "hooks: %s = \"%s\" must be an absolute, normalized path (no \"//\", "
				 "\".\", \"..\" or trailing \"/\")", key, v);
			continue;
		}
		free(*slot);
		if (!(*slot = strdup(v)))
			pns_perr(c, s, "out of memory");
	}
	if (!h->create && !h->delete_ && c->errors == errors)
		pns_perr(c, g, "hooks of set \"%s\" names no program: give create, delete or both",
			 set->name);
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
		for (size_t i = 0; i < PNS_ARRAY_SIZE(pns_scope_names); i++)
			if (!strcmp(v, pns_scope_names[i])) {
				set->per = (enum pns_scope)i;
				return;
			}
		seen->per_bad = true;
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
	} else if (!strcmp(key, "uplink")) {
		seen->uplink = line;
		parse_uplink(c, s, set);
	} else if (!strcmp(key, "hooks")) {
		seen->hooks = set->hooks.line = line;
		parse_hooks(c, s, set);
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
		{ seen->uplink, "uplink" },
		{ seen->hooks, "hooks" },
		{ seen->setup.hostname, "hostname" },
		{ seen->setup.propagation, "propagation" },
		{ seen->setup.proc, "proc" },
		{ seen->setup.tmp, "tmp" },
		{ seen->setup.tmp_size, "tmp_size" },
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

/* A set's hostname is expanded when an instance is made (pns_set_hostname),
 * with no login: %u names the instance's user in a per-user set only, %g
 * the instance's group in a per-group set only, %s nothing ever.  Checked
 * once the whole set is read, as per may follow hostname. */
static void check_hostname_escapes(struct pns_pctx *c, const struct pns_set *set,
				   const struct set_seen *seen)
{
	static const struct {
		char esc;
		enum pns_scope per;
		const char *why;
	} valueless[] = {
		{ 'u', PNS_PER_SHARED, "a shared set is made once for everyone who joins it, so there is "
		  "no user to name; drop %u, or make the set per = \"user\"" },
		{ 'u', PNS_PER_GROUP, "a per-group set is made for a group, not a user; use %g (the "
		  "group), or make the set per = \"user\"" },
		{ 'g', PNS_PER_SHARED, "a shared set is made once for everyone who joins it, so there is "
		  "no group to name; drop %g, or make the set per = \"group\"" },
		{ 'g', PNS_PER_USER, "a per-user set is made for a user, not a group; use %u (the user), "
		  "or make the set per = \"group\"" },
	};
	const char *h = set->setup.hostname;
	if (!seen->setup.hostname || !h)
		return;
	for (size_t i = 0; i < PNS_ARRAY_SIZE(valueless) && !seen->per_bad; i++) {
		if (set->per != valueless[i].per || !pns_hostname_uses(h, valueless[i].esc))
			continue;
		pns_diag_add(c->d, c->file, seen->setup.hostname, "hostname \"%s\" of set \"%s\" uses "
			     "%%%c, but %s", h, set->name, valueless[i].esc, valueless[i].why);
		c->errors++;
	}
	if (pns_hostname_uses(h, 's')) {
		pns_diag_add(c->d, c->file, seen->setup.hostname, "hostname \"%s\" of set \"%s\" uses "
			     "%%s, but a set's host name is given when the set is made, not at a login, "
			     "so there is no service to name; drop %%s", h, set->name);
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
	if (seen->uplink && seen->types && !(set->types & PNS_BIT(PNS_NET))) {
		pns_diag_add(c->d, c->file, seen->uplink, "uplink connects the net namespace of set \"%s\": "
			     "add \"net\" to its types", set->name);
		c->errors++;
	}
	check_hostname_escapes(c, set, seen);
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
	/* A name defined twice (in two files: libconfig refuses it within
	 * one) is found by pns_policy_finish, with every name at once. */
	if (!pns_name_valid(name))
		pns_perr(c, g, "namespace set name \"%s\" is not valid: letters, digits, '_', '.' and '-' "
			 "only, not \".\" or \"..\"", name);
	struct pns_set *grown = pns_grow(c->pol->sets, c->pol->nsets, sizeof(*grown));
	if (!grown) {
		pns_perr(c, g, "out of memory");
		return;
	}
	c->pol->sets = grown;
	struct pns_set *set = &grown[c->pol->nsets];
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

void pns_parse_namespaces(struct pns_pctx *c, const config_setting_t *g)
{
	if (config_setting_type(g) != CONFIG_TYPE_GROUP) {
		pns_perr(c, g, "namespaces must be a group: namespaces = { NAME = { types = [...]; }; };");
		return;
	}
	for (int i = 0; i < config_setting_length(g); i++) {
		const config_setting_t *s = config_setting_get_elem(g, (unsigned)i);
		if (c->pol->nsets == PNS_POLICY_SETS_MAX) {
			if (c->budget->told_sets) {
				return;	/* said once, in the file that passed it */
			}
			c->budget->told_sets = true;
			pns_perr(c, s, "namespace set \"%s\" is one more than the %d sets a policy may "
				 "define in all its files: a per = \"user\" or \"group\" set is one "
				 "definition for many (see LIMITS in pam_ns.conf(5))",
				 config_setting_name(s), PNS_POLICY_SETS_MAX);
			return;
		}
		parse_set(c, s);
	}
}
