/* Turning a matched rule into per-type actions for one login. */
#include "session/plan.h"

#include <string.h>

#include "store/store.h"

int pns_expand(const char *tmpl, const struct pns_login *l, const char *group,
	       char *buf, size_t size, struct pns_err *e)
{
	size_t used = 0;
	for (const char *p = tmpl; *p; p++) {
		const char *add = NULL;
		char one[2] = { *p, '\0' };
		if (*p != '%') {
			add = one;
		} else {
			switch (*++p) {
			case 'u':
				add = l->user;
				break;
			case 'g':
				if (!group)
					return pns_fail(e, 0, "\"%s\": %%g needs a matched group, and this "
							"login matched none", PNS_ESC(tmpl));
				add = group;
				break;
			case 's':
				add = l->service;
				break;
			case '%':
				add = "%";
				break;
			default:
				return pns_fail(e, 0, "\"%s\": unknown escape %%%c (use %%u, %%g, %%s or %%%%)",
						PNS_ESC(tmpl), *p ? *p : ' ');
			}
		}
		size_t len = strlen(add);
		if (used + len >= size)
			return pns_fail(e, 0, "\"%s\" expands to more than %zu bytes", PNS_ESC(tmpl), size - 1);
		memcpy(buf + used, add, len);
		used += len;
	}
	buf[used] = '\0';
	return 0;
}

int pns_set_hostname(const struct pns_set *set, const char *instance, char *buf, size_t size,
		     struct pns_err *e)
{
	struct pns_login l = { .user = "", .service = "", .rhost = "", .tty = "" };
	if (set->per == PNS_PER_USER)
		l.user = (char *)instance;
	const char *group = set->per == PNS_PER_GROUP ? instance : NULL;
	if (pns_expand(set->setup.hostname, &l, group, buf, size, e) < 0)
		return -1;
	if (!pns_hostname_valid(buf))
		return pns_fail(e, 0, "hostname \"%s\" (from \"%s\") of set %s is not a valid host name",
				PNS_ESC(buf), PNS_ESC(set->setup.hostname), PNS_ESC(set->name));
	return 0;
}

/* The instance of a per-user or per-group set this login belongs to. */
static int pick_instance(const struct pns_set *set, const struct pns_match *m,
			 struct pns_login *l, char *buf, size_t size, struct pns_err *e)
{
	const char *name = "";
	if (set->per == PNS_PER_USER) {
		name = l->user;
	} else if (set->per == PNS_PER_GROUP) {
		/* group_from order decides, so a user in several candidate
		 * groups always lands in the same instance. */
		const char *pattern = NULL;
		int in = 1;
		if (set->group_from.n)
			in = pns_match_groups(&set->group_from, l, &name, &pattern, e);
		else if (!(name = m->group ? m->group : pns_login_group_name(l, 0, e)))
			in = -1;
		if (in < 0)
			return -1;
		if (!in)
			return pns_fail(e, 0, "user %s is in none of the groups of set %s (group_from)",
					PNS_ESC(l->user), PNS_ESC(set->name));
	}
	return pns_snprintf(e, buf, size, "%s", name);
}

int pns_plan_build(const struct pns_match *m, struct pns_login *l, struct pns_plan *p,
		   struct pns_err *e)
{
	memset(p, 0, sizeof(*p));
	const struct pns_rule *r = m->rule;
	p->rule = r;
	if (!r || r->none)
		return 0;
	p->setup = &r->setup;
	p->create = r->create;
	p->hide_user_manager = r->hide_user_manager;
	p->uid = l->uid;
	p->gid = l->gid;

	for (int t = 0; t < PNS_NTYPES; t++)
		if (r->unshare & PNS_BIT(t))
			p->how[t] = PNS_NEW;

	const struct pns_set *set = r->join;
	const char *group = m->group;
	if (set) {
		p->set = set;
		if (pick_instance(set, m, l, p->instance, sizeof(p->instance), e) < 0)
			return -1;
		if (set->per == PNS_PER_GROUP && !group)
			group = p->instance;
		for (int t = 0; t < PNS_NTYPES; t++) {
			if (!(set->types & PNS_BIT(t)))
				continue;
			if (p->how[t] != PNS_KEEP)
				return pns_fail(e, 0, "%s:%d: %s is both unshared and joined from set %s",
						PNS_ESC(r->file), r->line, pns_types[t].name, PNS_ESC(set->name));
			p->how[t] = PNS_JOIN;
		}
		struct pns_inst i;
		if (!set->external && pns_inst_of(&i, set, p->instance, e) < 0)
			return -1;
	}

	if (r->setup.hostname && p->how[PNS_UTS] == PNS_NEW) {
		if (pns_expand(r->setup.hostname, l, group, p->hostname, sizeof(p->hostname), e) < 0)
			return -1;
		if (!pns_hostname_valid(p->hostname))
			return pns_fail(e, 0, "%s:%d: hostname \"%s\" (from \"%s\") is not a valid host name",
					PNS_ESC(r->file), r->line, PNS_ESC(p->hostname), PNS_ESC(r->setup.hostname));
	}

	/* /etc/netns binds only make sense in a mount namespace of the
	 * session's own, as with `ip netns exec`. */
	if (p->how[PNS_MNT] == PNS_NEW && p->how[PNS_NET] != PNS_KEEP) {
		const char *netns = r->setup.netns;
		if (!netns && set && (set->types & PNS_BIT(PNS_NET)))
			netns = set->setup.netns;
		struct pns_inst i;
		if (netns) {
			if (pns_snprintf(e, p->netns, sizeof(p->netns), "%s", netns) < 0)
				return -1;
		} else if (set && set->ip_netns && (set->types & PNS_BIT(PNS_NET))) {
			if (pns_inst_of(&i, set, p->instance, e) < 0 ||
			    pns_inst_netns_name(&i, p->netns, sizeof(p->netns), e) < 0)
				return -1;
		}
		return pns_snprintf(e, p->view, sizeof(p->view), "%s", p->netns);
	}
	/* A set of ours with mnt and net bound its netns when it was made
	 * (store_create.c): the session lives in that view. */
	const unsigned mnt_net = PNS_BIT(PNS_MNT) | PNS_BIT(PNS_NET);
	if (p->how[PNS_MNT] == PNS_JOIN && !set->external && (set->types & mnt_net) == mnt_net &&
	    set->setup.netns)
		return pns_snprintf(e, p->view, sizeof(p->view), "%s", set->setup.netns);
	return 0;
}

const char *pns_plan_str(const struct pns_plan *p, char *buf, size_t size)
{
	size_t used = 0;
	char label[600] = "";
	struct pns_inst i;
	if (p->set && !p->set->external && pns_inst_of(&i, p->set, p->instance, NULL) == 0)
		pns_inst_label(&i, label, sizeof(label));
	buf[0] = '\0';
	/* The types joined from a set of ours once, together ("net,uts=join:
	 * lab"); those of an external set each with its own path. */
	bool grouped = false;
	for (int t = 0; t < PNS_NTYPES; t++) {
		if (p->how[t] == PNS_KEEP || (grouped && p->how[t] == PNS_JOIN && !p->set->external))
			continue;
		int n = 0;
		if (p->how[t] == PNS_NEW) {
			n = snprintf(buf + used, size - used, "%s%s=new", used ? " " : "", pns_types[t].name);
		} else if (p->set->external) { /* NOLINT(clang-analyzer-core.NullDereference): a join has its set */
			n = snprintf(buf + used, size - used, "%s%s=join:%s", used ? " " : "", pns_types[t].name,
				     PNS_ESC(p->set->paths[t]));
		} else {
			grouped = true;
			n = snprintf(buf + used, size - used, "%s", used ? " " : "");
			for (int k = t; k < PNS_NTYPES && n >= 0 && (size_t)n < size - used; k++)
				if (p->how[k] == PNS_JOIN)
					n += snprintf(buf + used + n, size - used - (size_t)n, "%s%s",
						      k == t ? "" : ",", pns_types[k].name);
			if (n >= 0 && (size_t)n < size - used)
				n += snprintf(buf + used + n, size - used - (size_t)n, "=join:%s", PNS_ESC(label));
		}
		if (n < 0 || (size_t)n >= size - used)
			break;
		used += (size_t)n;
	}
	if (p->hide_user_manager && used + 1 < size)
		snprintf(buf + used, size - used, "%suser_manager=hidden", used ? " " : "");
	return buf;
}
