/* A set's network uplink: a veth pair, made and removed with an instance
 * (uplink.h), through libnl-route-3's link, address and route objects. */
#include "store/uplink.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include <linux/if.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <netlink/attr.h>
#include <netlink/cache.h>
#include <netlink/errno.h>
#include <netlink/msg.h>
#include <netlink/netlink.h>
#include <netlink/route/addr.h>
#include <netlink/route/link.h>
#include <netlink/route/link/bridge.h>
#include <netlink/route/link/veth.h>
#include <netlink/route/route.h>

/* ---- names and addresses --------------------------------------------------- */

void pns_uplink_host_name(const struct pns_inst *i, char *out)
{
	/* FNV-1a over "set\0scope\0name": the NULs keep ("a", "bc") and
	 * ("ab", "c") apart. */
	const char *parts[] = { i->set, pns_scope_names[i->per], i->name };
	uint32_t h = 2166136261u;
	for (size_t k = 0; k < PNS_ARRAY_SIZE(parts); k++)
		for (const char *p = parts[k];; p++) {
			h = (h ^ (unsigned char)*p) * 16777619u;
			if (!*p)
				break;
		}
	snprintf(out, PNS_IFNAMSIZ, "pns%08x", h);
}

/* Whether bits [from, to) of a (len bytes, big-endian) are all `one`. */
static bool bits_all(const unsigned char *a, unsigned from, unsigned to, bool one)
{
	for (unsigned b = from; b < to; b++)
		if (((a[b / 8] >> (7 - b % 8)) & 1) != one)
			return false;
	return true;
}

int pns_uplink_address(const struct pns_uplink *u, enum pns_scope per, unsigned long long id,
		       const char *label, unsigned char *out, struct pns_err *e)
{
	unsigned len = u->family == AF_INET ? 4 : 16, bits = len * 8;
	char base[INET6_ADDRSTRLEN], got[INET6_ADDRSTRLEN], plus[64] = "";
	if (!u->family)
		return pns_refuse(e, EINVAL, "uplink of %s: no address to give", label);
	memcpy(out, u->addr, len);
	if (per == PNS_PER_SHARED)
		id = 0;
	/* The sum, one big-endian number; a carry out of the top byte leaves
	 * the address space altogether. */
	unsigned carry = 0;
	unsigned long long rest = id;
	for (unsigned k = len; k-- > 0;) {
		unsigned sum = out[k] + (unsigned)(rest & 0xff) + carry;
		out[k] = (unsigned char)sum;
		carry = sum >> 8;
		rest >>= 8;
	}
	bool overflow = carry || rest;
	inet_ntop(u->family, u->addr, base, sizeof(base));
	inet_ntop(u->family, out, got, sizeof(got));
	if (per != PNS_PER_SHARED)
		snprintf(plus, sizeof(plus), " plus %s %llu", per == PNS_PER_USER ? "uid" : "gid", id);
	/* The network part must be the written one's. */
	for (unsigned b = 0; b < u->prefix && !overflow; b++)
		if (((out[b / 8] ^ u->addr[b / 8]) >> (7 - b % 8)) & 1)
			overflow = true;
	if (overflow)
		return pns_refuse(e, EINVAL, "uplink of %s: address %s/%u%s leaves the prefix /%u: give "
				  "the set a larger address range", label, base, u->prefix, plus, u->prefix);
	const char *hit = NULL;
	unsigned host = bits - u->prefix;
	if (host >= 2 && bits_all(out, u->prefix, bits, false))
		hit = "the network address";
	else if (host >= 2 && u->family == AF_INET && bits_all(out, u->prefix, bits, true))
		hit = "the broadcast address";
	else if (u->gateway && !memcmp(out, u->gw, len))
		hit = "the gateway";
	if (hit)
		return pns_refuse(e, EINVAL, "uplink of %s: address %s/%u%s is %s/%u, %s of the prefix",
				  label, base, u->prefix, plus, got, u->prefix, hit);
	return 0;
}

/* ---- netlink ------------------------------------------------------------------ */

/* libnl's error codes are its own (NLE_*), not errno values: the nearest
 * errno, so callers can still tell "exists" or "no such device". */
static int nle_errno(int err)
{
	switch (err < 0 ? -err : err) {
	case NLE_EXIST: return EEXIST;
	case NLE_NODEV: return ENODEV;
	case NLE_OBJ_NOTFOUND: return ENOENT;
	case NLE_PERM: return EPERM;
	case NLE_NOMEM: return ENOMEM;
	case NLE_BUSY: return EBUSY;
	case NLE_RANGE: return ERANGE;
	case NLE_NOADDR: return EADDRNOTAVAIL;
	case NLE_OPNOTSUPP: return EOPNOTSUPP;
	default: return EINVAL;
	}
}

/* pns_fail for a libnl error: the sentence, then libnl's text for err. */
__attribute__((format(printf, 3, 4)))
static int nl_fail(struct pns_err *e, int err, const char *fmt, ...)
{
	char what[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return pns_refuse(e, nle_errno(err), "%s: %s", what, nl_geterror(err));
}

static void sock_freep(struct nl_sock **sk)
{
	if (*sk)
		nl_socket_free(*sk);
}
static void link_putp(struct rtnl_link **l)
{
	if (*l)
		rtnl_link_put(*l);
}
#define cleanup_sock __attribute__((cleanup(sock_freep)))
#define cleanup_link __attribute__((cleanup(link_putp)))

/* A route netlink socket in the caller's net namespace. */
static struct nl_sock *sock_here(struct pns_err *e)
{
	struct nl_sock *sk = nl_socket_alloc();
	if (!sk) {
		pns_fail(e, ENOMEM, "cannot allocate a netlink socket");
		return NULL;
	}
	int err = nl_connect(sk, NETLINK_ROUTE);
	if (err < 0) {
		nl_fail(e, err, "cannot open a route netlink socket");
		nl_socket_free(sk);
		return NULL;
	}
	return sk;
}

/*
 * A route netlink socket of the net namespace behind netns_fd.  A netlink
 * socket belongs for life to the namespace it was created in, so the
 * helper enters the set's namespace only to create it and comes straight
 * back (setns(2); the helper is single-threaded, and nothing else happens
 * meanwhile): every request then goes through the socket from where the
 * helper is.  No child, so the objects and errors need no way back.
 */
static struct nl_sock *sock_in(int netns_fd, struct pns_err *e)
{
	cleanup_close int own = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
	if (own < 0) {
		pns_fail(e, errno, "cannot open /proc/thread-self/ns/net");
		return NULL;
	}
	if (setns(netns_fd, CLONE_NEWNET) < 0) {
		pns_fail(e, errno, "cannot enter the set's network namespace");
		return NULL;
	}
	struct pns_err why = { 0 };
	struct nl_sock *sk = sock_here(&why);
	if (setns(own, CLONE_NEWNET) < 0) {
		/* Everything after this would act in the set's namespace. */
		pns_fail(e, errno, "cannot return from the set's network namespace");
		if (sk)
			nl_socket_free(sk);
		return NULL;
	}
	if (!sk && e)
		*e = why;
	return sk;
}

/* The link called `name` through sk, or NULL (ENODEV when there is none). */
static struct rtnl_link *link_get(struct nl_sock *sk, const char *name, const char *where,
				  struct pns_err *e)
{
	struct rtnl_link *l = NULL;
	int err = rtnl_link_get_kernel(sk, 0, name, &l);
	if (err < 0) {
		if (err == -NLE_NODEV || err == -NLE_OBJ_NOTFOUND)
			pns_refuse(e, ENODEV, "there is no link %s in %s", name, where);
		else
			nl_fail(e, err, "cannot look up link %s in %s", name, where);
		return NULL;
	}
	return l;
}

/* Bring link `name` up, giving it alias (NULL: leave). */
static int link_up(struct nl_sock *sk, const char *name, const char *alias, const char *where,
		   struct pns_err *e)
{
	cleanup_link struct rtnl_link *l = link_get(sk, name, where, e);
	cleanup_link struct rtnl_link *change = l ? rtnl_link_alloc() : NULL;
	if (!change)
		return l ? pns_fail(e, ENOMEM, "link %s", name) : -1;
	rtnl_link_set_flags(change, IFF_UP);
	if (alias)
		rtnl_link_set_ifalias(change, alias);
	int err = rtnl_link_change(sk, l, change, 0);
	if (err < 0)
		return nl_fail(e, err, "cannot bring link %s in %s up", name, where);
	return 0;
}

/*
 * Bridge port isolation for port `ifindex`: an isolated port forwards only
 * to the bridge's non-isolated ports (the bridge itself, an uplink), never
 * to another isolated one.  libnl 3.7 has no setter for
 * IFLA_BRPORT_ISOLATED, so this one RTM_SETLINK is built with its message
 * API: family AF_BRIDGE, IFLA_PROTINFO nested (the bridge reads a
 * protinfo without NLA_F_NESTED as the old one-byte STP state).
 */
static int port_isolate(struct nl_sock *sk, int ifindex, const char *name, struct pns_err *e)
{
	struct ifinfomsg ifi = { .ifi_family = AF_BRIDGE, .ifi_index = ifindex };
	struct nl_msg *m = nlmsg_alloc_simple(RTM_SETLINK, NLM_F_REQUEST);
	if (!m)
		return pns_fail(e, ENOMEM, "bridge port %s", name);
	struct nlattr *info;
	if (nlmsg_append(m, &ifi, sizeof(ifi), NLMSG_ALIGNTO) < 0 ||
	    !(info = nla_nest_start(m, IFLA_PROTINFO | NLA_F_NESTED)) ||
	    nla_put_u8(m, IFLA_BRPORT_ISOLATED, 1) < 0 || nla_nest_end(m, info) < 0) {
		nlmsg_free(m);
		return pns_fail(e, ENOMEM, "bridge port %s", name);
	}
	int err = nl_send_sync(sk, m);	/* sends, waits for the ack, frees m */
	if (err < 0)
		return nl_fail(e, err, "cannot isolate bridge port %s", name);
	return 0;
}

/* An nl_addr of family/bytes with prefix length `prefix`. */
static struct nl_addr *addr_of(int family, const unsigned char *bytes, unsigned prefix)
{
	struct nl_addr *a = nl_addr_build(family, bytes, family == AF_INET ? 4 : 16);
	if (a)
		nl_addr_set_prefixlen(a, (int)prefix);
	return a;
}

/* Address `addr`/prefix on link ifindex, through sk. */
static int addr_add(struct nl_sock *sk, int ifindex, const struct pns_uplink *u,
		    const unsigned char *addr, const char *shown, struct pns_err *e)
{
	struct rtnl_addr *a = rtnl_addr_alloc();
	struct nl_addr *local = addr_of(u->family, addr, u->prefix);
	int err = -NLE_NOMEM;
	if (a && local) {
		rtnl_addr_set_ifindex(a, ifindex);
		rtnl_addr_set_family(a, u->family);
		err = rtnl_addr_set_local(a, local);
		rtnl_addr_set_prefixlen(a, (int)u->prefix);
		/* Usable at once: duplicate address detection would hold an
		 * IPv6 address "tentative" for the first logins' second. */
		if (u->family == AF_INET6)
			rtnl_addr_set_flags(a, IFA_F_NODAD);
		if (err >= 0)
			err = rtnl_addr_add(sk, a, 0);
	}
	if (local)
		nl_addr_put(local);
	if (a)
		rtnl_addr_put(a);
	return err < 0 ? nl_fail(e, err, "cannot give the set's %s address %s/%u", u->inside, shown,
				 u->prefix) : 0;
}

/* The default route via u's gateway, on link ifindex, through sk. */
static int route_add(struct nl_sock *sk, int ifindex, const struct pns_uplink *u, struct pns_err *e)
{
	static const unsigned char any[16];
	struct rtnl_route *r = rtnl_route_alloc();
	struct rtnl_nexthop *nh = rtnl_route_nh_alloc();
	struct nl_addr *dst = addr_of(u->family, any, 0), *gw = addr_of(u->family, u->gw, 0);
	int err = -NLE_NOMEM;
	if (r && nh && dst && gw) {
		rtnl_route_set_family(r, (uint8_t)u->family);
		rtnl_route_set_table(r, RT_TABLE_MAIN);
		rtnl_route_set_protocol(r, RTPROT_STATIC);
		rtnl_route_set_type(r, RTN_UNICAST);
		rtnl_route_set_scope(r, RT_SCOPE_UNIVERSE);
		err = rtnl_route_set_dst(r, dst);
		rtnl_route_nh_set_ifindex(nh, ifindex);
		rtnl_route_nh_set_gateway(nh, gw);
		rtnl_route_add_nexthop(r, nh);	/* r owns it now */
		nh = NULL;
		if (err >= 0)
			err = rtnl_route_add(sk, r, NLM_F_EXCL);
	}
	char shown[INET6_ADDRSTRLEN] = "?";
	inet_ntop(u->family, u->gw, shown, sizeof(shown));
	if (nh)
		rtnl_route_nh_free(nh);
	if (dst)
		nl_addr_put(dst);
	if (gw)
		nl_addr_put(gw);
	if (r)
		rtnl_route_put(r);
	return err < 0 ? nl_fail(e, err, "cannot add the set's default route via %s (a gateway must "
				 "be on the link: inside the address's prefix, or IPv6 link-local)",
				 shown) : 0;
}

/* ---- making and removing ----------------------------------------------------------- */

/* Inside the set, through sk: the inside end named, marked with `alias`,
 * up; lo up; the address; the default route. */
static int configure_inside(struct nl_sock *sk, const struct pns_uplink *u, const unsigned char *addr,
			    const char *alias, struct pns_err *e)
{
	static const char where[] = "the set's network namespace";
	if (link_up(sk, u->inside, alias, where, e) < 0 || link_up(sk, "lo", NULL, where, e) < 0)
		return -1;
	if (!u->family)
		return 0;
	cleanup_link struct rtnl_link *l = link_get(sk, u->inside, where, e);
	if (!l)
		return -1;
	char shown[INET6_ADDRSTRLEN] = "?";
	inet_ntop(u->family, addr, shown, sizeof(shown));
	int ifindex = rtnl_link_get_ifindex(l);
	if (addr_add(sk, ifindex, u, addr, shown, e) < 0)
		return -1;
	return u->gateway ? route_add(sk, ifindex, u, e) : 0;
}

/* The veth pair: host end `host` here (up, enslaved to `master` when > 0),
 * its peer `inside` created directly in the set's namespace, down. */
static int veth_add(struct nl_sock *sk, const char *host, const struct pns_uplink *u, int master,
		    int netns_fd, struct pns_err *e)
{
	cleanup_link struct rtnl_link *l = rtnl_link_veth_alloc();
	if (!l)
		return pns_fail(e, ENOMEM, "link %s", host);
	cleanup_link struct rtnl_link *peer = rtnl_link_veth_get_peer(l);
	rtnl_link_set_name(l, host);
	rtnl_link_set_flags(l, IFF_UP);
	if (master > 0)
		rtnl_link_set_master(l, master);
	rtnl_link_set_name(peer, u->inside);
	rtnl_link_set_ns_fd(peer, netns_fd);
	/* NLM_F_EXCL: a link of that name, made meanwhile by anyone, fails
	 * this (EEXIST) instead of being reused. */
	int err = rtnl_link_add(sk, l, NLM_F_CREATE | NLM_F_EXCL);
	if (err < 0)
		return nl_fail(e, err, "cannot make the veth pair %s (here) and %s (in the set)", host,
			       u->inside);
	return 0;
}

int pns_uplink_instance_address(const struct pns_uplink *u, const struct pns_inst *i, unsigned char *out,
				struct pns_err *e)
{
	char label[600];
	pns_inst_label(i, label, sizeof(label));
	uid_t uid = 0;
	gid_t gid = 0;
	bool user = i->per == PNS_PER_USER;
	if (i->per != PNS_PER_SHARED && !pns_inst_ids(i, &uid, &gid))
		return pns_refuse(e, ENOENT, "the address of the set's uplink adds the %s of %s, and NSS "
				  "does not know that %s", user ? "uid" : "gid", i->name, user ? "user" : "group");
	return pns_uplink_address(u, i->per, user ? uid : gid, label, out, e);
}

int pns_uplink_make(const struct pns_uplink *u, const struct pns_inst *i, int netns_fd, struct pns_err *e)
{
	char host[PNS_IFNAMSIZ], label[600], alias[sizeof(PNS_UPLINK_ALIAS) + PNS_IFNAMSIZ];
	unsigned char addr[16] = { 0 };
	static const char here[] = "the host's network (the net namespace of /proc/1)";
	pns_uplink_host_name(i, host);
	pns_inst_label(i, label, sizeof(label));
	snprintf(alias, sizeof(alias), PNS_UPLINK_ALIAS "%s", host);
	/* Everything that can be refused without touching the kernel first. */
	if (u->family && pns_uplink_instance_address(u, i, addr, e) < 0)
		return -1;
	cleanup_sock struct nl_sock *sk = sock_here(e);
	if (!sk)
		return -1;
	struct rtnl_link *clash = NULL;
	if (rtnl_link_get_kernel(sk, 0, host, &clash) >= 0) {
		const char *has = rtnl_link_get_ifalias(clash);
		pns_refuse(e, EEXIST, "uplink of %s: a link called %s (alias \"%s\") already exists in %s; "
			   "it is never taken over (if nothing uses it: ip link delete %s)", label, host,
			   has ? has : "", here, host);
		rtnl_link_put(clash);
		return -1;
	}
	int master = 0;
	if (u->bridge[0]) {
		cleanup_link struct rtnl_link *br = link_get(sk, u->bridge, here, e);
		if (!br && e && e->errnum != ENODEV)
			return -1;
		if (!br)
			return pns_refuse(e, ENODEV, "uplink of %s: bridge %s does not exist in %s: make "
					  "it first (ip link add %s type bridge)", label, u->bridge, here,
					  u->bridge);
		if (!rtnl_link_is_bridge(br))
			return pns_refuse(e, EINVAL, "uplink of %s: %s is not a bridge", label, u->bridge);
		master = rtnl_link_get_ifindex(br);
	}
	if (veth_add(sk, host, u, master, netns_fd, e) < 0)
		return -1;
	/* From here on, a failure deletes the host end, and the kernel its
	 * peer with it. */
	cleanup_link struct rtnl_link *l = link_get(sk, host, here, e);
	cleanup_sock struct nl_sock *in = NULL;
	int rc = l ? 0 : -1;
	if (rc == 0) {
		/* For the admin: `ip link` names the instance of each host end. */
		char mine[sizeof(label) + 16];
		snprintf(mine, sizeof(mine), "pam_ns %s", label);
		cleanup_link struct rtnl_link *change = rtnl_link_alloc();
		int err = change ? 0 : -NLE_NOMEM;
		if (change)
			rtnl_link_set_ifalias(change, mine);
		if (err == 0)
			err = rtnl_link_change(sk, l, change, 0);
		if (err < 0)
			rc = nl_fail(e, err, "cannot name link %s's set", host);
	}
	if (rc == 0 && master && u->isolated)
		rc = port_isolate(sk, rtnl_link_get_ifindex(l), host, e);
	if (rc == 0 && !(in = sock_in(netns_fd, e)))
		rc = -1;
	if (rc == 0)
		rc = configure_inside(in, u, addr, alias, e);
	if (rc == 0)
		return 0;
	/* The message says what failed; say which uplink. */
	char why[sizeof(e->msg)] = "";
	if (e)
		snprintf(why, sizeof(why), "%s", e->msg);
	int errnum = e ? e->errnum : 0;
	struct rtnl_link *gone = rtnl_link_alloc();
	int err = gone ? 0 : -NLE_NOMEM;
	if (gone) {
		rtnl_link_set_name(gone, host);
		err = rtnl_link_delete(sk, gone);
		rtnl_link_put(gone);
	}
	if (err < 0)
		return pns_refuse(e, errnum, "uplink of %s: %s; and its host end %s could not be "
				  "deleted (%s): ip link delete %s", label, why, host, nl_geterror(err), host);
	return pns_refuse(e, errnum, "uplink of %s: %s", label, why);
}

int pns_uplink_remove(const struct pns_inst *i, int netns_fd, struct pns_err *e)
{
	char host[PNS_IFNAMSIZ], label[600], alias[sizeof(PNS_UPLINK_ALIAS) + PNS_IFNAMSIZ];
	pns_uplink_host_name(i, host);
	pns_inst_label(i, label, sizeof(label));
	snprintf(alias, sizeof(alias), PNS_UPLINK_ALIAS "%s", host);
	cleanup_sock struct nl_sock *sk = sock_in(netns_fd, e);
	if (!sk)
		return -1;
	struct nl_cache *links = NULL;
	int err = rtnl_link_alloc_cache(sk, AF_UNSPEC, &links);
	if (err < 0)
		return nl_fail(e, err, "uplink of %s: cannot list the links of the set", label);
	int rc = 0;
	for (struct nl_object *o = nl_cache_get_first(links); o && rc == 0; o = nl_cache_get_next(o)) {
		struct rtnl_link *l = (struct rtnl_link *)o;
		const char *has = rtnl_link_get_ifalias(l);
		if (!has || strcmp(has, alias))
			continue;
		err = rtnl_link_delete(sk, l);
		if (err < 0 && err != -NLE_NODEV && err != -NLE_OBJ_NOTFOUND)
			rc = nl_fail(e, err, "uplink of %s: cannot delete link %s in the set", label,
				     rtnl_link_get_name(l));
	}
	nl_cache_free(links);
	return rc;
}
