/*
 * A set's network uplink (the set's `uplink` setting, struct pns_uplink): a
 * veth pair made with each instance of the set, one end (`inside`, "eth0")
 * in the set's net namespace, addressed, up, with a default route; the
 * other (the host end, pns_uplink_host_name) in the caller's net namespace
 * (the host's: the store enters it first, pns_store_host_net), up and, with
 * a bridge, enslaved to it (and isolated from the bridge's other isolated
 * ports).
 *
 * Only pam_ns_helper makes and removes uplinks (through libnl-route-3,
 * linked into the helper and the tests, never into pam_ns.so: the module
 * uses neither store_create.c nor store_delete.c).
 */
#ifndef PNS_UPLINK_H
#define PNS_UPLINK_H

#include "common/util.h"
#include "policy/policy.h"
#include "store/store.h"

/* What the inside end's alias (IFLA_IFALIAS) starts with, followed by the
 * host end's name: how removing an instance finds its uplink in the set,
 * whatever the policy says by then. */
#define PNS_UPLINK_ALIAS "pam_ns uplink "

/* The host end's name for instance i: "pns" and 8 hex digits of a hash
 * (FNV-1a, 32 bits) of the set's name, scope and instance name: at most 11
 * characters, the same for the instance on every run.  out holds
 * PNS_IFNAMSIZ bytes. */
void pns_uplink_host_name(const struct pns_inst *i, char *out);

/*
 * The inside end's address (family and prefix as u's) into out (16 bytes):
 * u's address as written for a shared set, plus `id` (the instance's uid
 * for per = "user", its gid for per = "group") otherwise, as one big-endian
 * number.  Refused (EINVAL, a sentence naming the instance's label) when
 * the sum leaves u's prefix, or is the prefix's network address (host part
 * all zeros: IPv4 and IPv6 with 2 or more host bits), its broadcast address
 * (all ones: IPv4 with 2 or more host bits) or u's gateway.  u must have an
 * address.
 */
int pns_uplink_address(const struct pns_uplink *u, enum pns_scope per, unsigned long long id,
		       const char *label, unsigned char *out, struct pns_err *e);

/*
 * Instance i's address on u (u must have one): pns_uplink_address with the
 * uid or gid NSS gives i's name now (pns_inst_ids).  A name NSS does not
 * know is refused (ENOENT) like a sum out of the prefix.
 */
int pns_uplink_instance_address(const struct pns_uplink *u, const struct pns_inst *i, unsigned char *out,
				struct pns_err *e);

/*
 * Make instance i's uplink as u says, netns_fd being the instance's net
 * namespace (a pin or /proc/PID/ns/net), its address as
 * pns_uplink_instance_address gives it.
 * The host end is made in the caller's net namespace with its peer directly
 * in the set's (IFLA_NET_NS_FD); a link already called by the host end's
 * name is never taken over (EEXIST).  A missing or non-bridge `bridge` is
 * ENODEV / EINVAL.  Needs CAP_NET_ADMIN in both namespaces and a
 * single-threaded caller (it enters the set's net namespace for a moment,
 * setns(2)).  On failure nothing of the uplink is left.
 */
int pns_uplink_make(const struct pns_uplink *u, const struct pns_inst *i, int netns_fd, struct pns_err *e);

/*
 * Remove instance i's uplink, if it has one: in the net namespace behind
 * netns_fd, delete every link whose alias is PNS_UPLINK_ALIAS followed by
 * i's host end name; the kernel then deletes its peer, the host end,
 * wherever it is.  0 when there is none.  Same needs as pns_uplink_make.
 */
int pns_uplink_remove(const struct pns_inst *i, int netns_fd, struct pns_err *e);

#endif
