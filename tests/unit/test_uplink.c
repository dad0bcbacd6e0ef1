/* A set's uplink (store/uplink.c): the host end's name and the address
 * arithmetic.  Making and removing the veth pair needs root and a bridge:
 * tests/helper/run and tests/e2e/uplink.sh do that. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "store/uplink.h"

/* An uplink with address `cidr` ("10.200.0.0/16") and gateway gw (NULL:
 * none), as the policy holds it. */
static struct pns_uplink uplink(const char *cidr, const char *gw)
{
	struct pns_uplink u = { .on = true };
	char ip[64];
	snprintf(ip, sizeof(ip), "%s", cidr);
	char *slash = strchr(ip, '/');
	assert_non_null(slash);
	*slash = '\0';
	u.family = strchr(ip, ':') ? AF_INET6 : AF_INET;
	assert_int_equal(inet_pton(u.family, ip, u.addr), 1);
	u.prefix = (unsigned)atoi(slash + 1);
	if (gw) {
		assert_int_equal(inet_pton(u.family, gw, u.gw), 1);
		u.gateway = true;
	}
	return u;
}

/* The address given for id, as text, or the refusal's sentence. */
static const char *address_of(const char *cidr, const char *gw, enum pns_scope per, unsigned long long id)
{
	static char out[1024];
	struct pns_uplink u = uplink(cidr, gw);
	unsigned char a[16];
	struct pns_err e = { 0 };
	if (pns_uplink_address(&u, per, id, "lab (user alice)", a, &e) < 0) {
		assert_int_equal(e.errnum, EINVAL);
		snprintf(out, sizeof(out), "refused: %s", e.msg);
	} else {
		inet_ntop(u.family, a, out, sizeof(out));
	}
	return out;
}

static void adds_the_uid_or_gid(void **state)
{
	(void)state;
	/* pam_ns.conf(5)'s example: uid 1001 in 10.200.0.0/16. */
	assert_string_equal(address_of("10.200.0.0/16", "10.200.0.1", PNS_PER_USER, 1001), "10.200.3.233");
	assert_string_equal(address_of("10.200.0.0/16", NULL, PNS_PER_GROUP, 65534), "10.200.255.254");
	/* The written host part counts: it is where numbering starts. */
	assert_string_equal(address_of("10.200.16.0/16", NULL, PNS_PER_USER, 1001), "10.200.19.233");
	/* Carries run through every byte. */
	assert_string_equal(address_of("10.0.0.0/8", NULL, PNS_PER_USER, 0x12345), "10.1.35.69");
	assert_string_equal(address_of("fd00:200::/64", "fd00:200::1", PNS_PER_USER, 1001), "fd00:200::3e9");
	assert_string_equal(address_of("fd00:200::/64", NULL, PNS_PER_USER, 4294967295ull),
			    "fd00:200::ffff:ffff");
	assert_string_equal(address_of("fd00:200::ffff:0/64", NULL, PNS_PER_USER, 0x10000),
			    "fd00:200::1:0:0");
}

static void shared_is_as_written(void **state)
{
	(void)state;
	assert_string_equal(address_of("10.200.0.5/16", "10.200.0.1", PNS_PER_SHARED, 1001), "10.200.0.5");
	/* /32 and /31 have no network or broadcast address to avoid. */
	assert_string_equal(address_of("192.0.2.7/32", NULL, PNS_PER_SHARED, 0), "192.0.2.7");
	assert_string_equal(address_of("192.0.2.6/31", NULL, PNS_PER_SHARED, 0), "192.0.2.6");
	assert_string_equal(address_of("fd00::/127", NULL, PNS_PER_SHARED, 0), "fd00::");
}

static void refused_sums(void **state)
{
	(void)state;
	/* Out of the prefix: the next network, and past the whole space. */
	assert_string_equal(address_of("10.200.0.0/24", NULL, PNS_PER_USER, 1001),
			    "refused: uplink of lab (user alice): address 10.200.0.0/24 plus uid 1001 leaves "
			    "the prefix /24: give the set a larger address range");
	assert_string_equal(address_of("255.255.255.0/16", NULL, PNS_PER_GROUP, 256),
			    "refused: uplink of lab (user alice): address 255.255.255.0/16 plus gid 256 leaves "
			    "the prefix /16: give the set a larger address range");
	assert_string_equal(address_of("fd00:200::/120", NULL, PNS_PER_USER, 256),
			    "refused: uplink of lab (user alice): address fd00:200::/120 plus uid 256 leaves "
			    "the prefix /120: give the set a larger address range");
	assert_string_equal(address_of("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/64", NULL, PNS_PER_USER, 1),
			    "refused: uplink of lab (user alice): address ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/64 "
			    "plus uid 1 leaves the prefix /64: give the set a larger address range");
	/* The network, broadcast and gateway addresses. */
	assert_string_equal(address_of("10.200.0.0/16", NULL, PNS_PER_USER, 0),
			    "refused: uplink of lab (user alice): address 10.200.0.0/16 plus uid 0 is "
			    "10.200.0.0/16, the network address of the prefix");
	assert_string_equal(address_of("10.200.0.0/16", NULL, PNS_PER_USER, 65535),
			    "refused: uplink of lab (user alice): address 10.200.0.0/16 plus uid 65535 is "
			    "10.200.255.255/16, the broadcast address of the prefix");
	assert_string_equal(address_of("10.200.0.0/16", "10.200.0.1", PNS_PER_USER, 1),
			    "refused: uplink of lab (user alice): address 10.200.0.0/16 plus uid 1 is "
			    "10.200.0.1/16, the gateway of the prefix");
	assert_string_equal(address_of("10.200.0.1/16", "10.200.0.1", PNS_PER_SHARED, 7),
			    "refused: uplink of lab (user alice): address 10.200.0.1/16 is 10.200.0.1/16, the "
			    "gateway of the prefix");
	assert_string_equal(address_of("10.200.0.0/16", NULL, PNS_PER_SHARED, 0),
			    "refused: uplink of lab (user alice): address 10.200.0.0/16 is 10.200.0.0/16, the "
			    "network address of the prefix");
	assert_string_equal(address_of("fd00:200::/64", NULL, PNS_PER_SHARED, 0),
			    "refused: uplink of lab (user alice): address fd00:200::/64 is fd00:200::/64, the "
			    "network address of the prefix");
	/* IPv6 has no broadcast address. */
	assert_string_equal(address_of("fd00:200::ffff:ffff:ffff:fff0/64", NULL, PNS_PER_USER, 15),
			    "fd00:200::ffff:ffff:ffff:ffff");
}

static void host_names(void **state)
{
	(void)state;
	struct pns_inst a, b, c, d;
	struct pns_err e = { 0 };
	char na[PNS_IFNAMSIZ], nb[PNS_IFNAMSIZ], nc[PNS_IFNAMSIZ], nd[PNS_IFNAMSIZ];
	assert_int_equal(pns_inst_init(&a, "lab", PNS_PER_USER, "alice", &e), 0);
	assert_int_equal(pns_inst_init(&b, "lab", PNS_PER_USER, "bob", &e), 0);
	assert_int_equal(pns_inst_init(&c, "lab", PNS_PER_GROUP, "alice", &e), 0);
	assert_int_equal(pns_inst_init(&d, "lab", PNS_PER_SHARED, "", &e), 0);
	pns_uplink_host_name(&a, na);
	pns_uplink_host_name(&b, nb);
	pns_uplink_host_name(&c, nc);
	pns_uplink_host_name(&d, nd);
	/* FNV-1a of "lab\0user\0alice\0", as pam_ns.conf(5) says and
	 * tests/helper/run computes it. */
	assert_string_equal(na, "pnsaa994d0d");
	assert_int_equal(strlen(na), 11);
	assert_string_not_equal(na, nb);
	assert_string_not_equal(na, nc);
	assert_string_not_equal(nd, na);
	char again[PNS_IFNAMSIZ];
	pns_uplink_host_name(&a, again);
	assert_string_equal(na, again);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(adds_the_uid_or_gid),
		cmocka_unit_test(shared_is_as_written),
		cmocka_unit_test(refused_sums),
		cmocka_unit_test(host_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
