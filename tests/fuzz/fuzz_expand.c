/* libFuzzer target for the name expanders: hostname templates (pns_expand,
 * pns_set_hostname, pns_hostname_uses, pns_hostname_valid) and the names
 * an instance of a set gets from a user or group name (pns_inst_init and
 * the store's names for it).  Built by tests/fuzz/run from:
 *
 * fuzz-sources: pam_ns/session/plan.c pam_ns/session/match.c pam_ns/session/login.c
 * fuzz-sources: pam_ns/store/store_layout.c pam_ns/policy/ pam_ns/common/
 * fuzz-libs: -lconfig
 * fuzz-args: -max_len=1024
 *
 * The input: one byte, the size of the caller's buffer (1..256, so every
 * "too long" edge is reached), then NUL-separated fields: the template,
 * the user, the group (absent: the login matched no group), the service
 * and the set's name.  Each output buffer is a heap block of exactly that
 * size, so AddressSanitizer sees the first byte written past it.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy.h"
#include "policy/policy_int.h"	/* pns_hostname_uses */
#include "session/plan.h"
#include "store/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define BIG 4096

/* pns_expand into an exact-size heap buffer: 0 and *out (malloc'd), or -1. */
static int expand(const char *tmpl, const char *user, const char *group, const char *service,
		  size_t size, char **out)
{
	struct pns_login l = { .user = (char *)user, .service = (char *)service, .rhost = "", .tty = "" };
	struct pns_err e = { 0 };
	char *buf = malloc(size);
	if (!buf)
		abort();
	if (pns_expand(tmpl, &l, group, buf, size, &e) < 0) {
		if (!e.msg[0])
			abort();
		free(buf);
		return -1;
	}
	if (strlen(buf) >= size)
		abort();
	*out = buf;
	return 0;
}

/* The facts a host name's validity promises its users (sethostname(2),
 * the uts namespace's 65-byte field). */
static void check_hostname(const char *h)
{
	if (!pns_hostname_valid(h))
		return;
	size_t len = strlen(h);
	if (!len || len > 64 || h[0] == '.' || h[0] == '-' || h[len - 1] == '.' || h[len - 1] == '-' ||
	    strstr(h, "..") || strspn(h, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-") != len)
		abort();
}

/* Whether %esc changes the expansion: both values must give the same
 * answer as pns_hostname_uses (the policy's checks of %g and of per-user
 * sets rest on it). */
static void check_uses(const char *tmpl, const char *user, const char *group, const char *service)
{
	static const struct { char esc; int field; } escs[] = { { 'u', 0 }, { 'g', 1 }, { 's', 2 } };
	for (size_t k = 0; k < sizeof(escs) / sizeof(escs[0]); k++) {
		const char *a[3] = { user, group ? group : "g", service };
		const char *b[3] = { user, group ? group : "g", service };
		a[escs[k].field] = "A";
		b[escs[k].field] = "B";
		char *x, *y;
		if (expand(tmpl, a[0], a[1], a[2], BIG, &x) < 0)
			continue;
		if (expand(tmpl, b[0], b[1], b[2], BIG, &y) < 0)
			abort();	/* only a value changed, not its length */
		if (pns_hostname_uses(tmpl, escs[k].esc) != (strcmp(x, y) != 0))
			abort();
		free(x);
		free(y);
	}
}

/* One instance's names into exact-size buffers of `size`. */
static void check_inst(const char *set, enum pns_scope per, const char *name, size_t size)
{
	struct pns_inst i;
	struct pns_err e = { 0 };
	if (pns_inst_init(&i, set, per, name, &e) < 0) {
		if (!e.msg[0] || (pns_name_valid(set) && (per == PNS_PER_SHARED || pns_name_valid(name))))
			abort();
		return;
	}
	if (!pns_name_valid(set) || (per != PNS_PER_SHARED && !pns_name_valid(name)))
		abort();
	char *buf = malloc(size), *big = malloc(BIG);
	if (!buf || !big)
		abort();
	int (*const fns[])(const struct pns_inst *, char *, size_t, struct pns_err *) = {
		pns_inst_rel, pns_inst_lock_rel, pns_inst_netns_name,
	};
	for (size_t k = 0; k < sizeof(fns) / sizeof(fns[0]); k++) {
		if (fns[k](&i, big, BIG, &e) < 0)
			abort();	/* 255-byte names always fit 4 kB */
		int rc = fns[k](&i, buf, size, &e);
		if ((rc == 0) != (strlen(big) < size) || (rc == 0 && strcmp(buf, big)))
			abort();
	}
	/* A lock's name is the instance's alone: '@' only as separator. */
	pns_inst_lock_rel(&i, big, BIG, &e);
	size_t ats = 0;
	for (const char *p = big; (p = strchr(p, '@')); p++)
		ats++;
	if (ats != (per == PNS_PER_SHARED ? 0 : 2))
		abort();
	pns_inst_label(&i, buf, size);
	if (strlen(buf) >= size)
		abort();
	free(buf);
	free(big);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t bufsize = (size_t)data[0] + 1;
	/* The fields, NUL-terminated in a copy. */
	char *copy = malloc(size);
	if (!copy)
		abort();
	memcpy(copy, data + 1, size - 1);
	copy[size - 1] = '\0';
	const char *f[5] = { NULL };
	size_t nf = 0;
	for (char *p = copy; nf < 5 && p <= copy + size - 1; p += strlen(p) + 1)
		f[nf++] = p;
	const char *tmpl = f[0] ? f[0] : "", *user = f[1] ? f[1] : "alice", *group = f[2],
		   *service = f[3] ? f[3] : "sshd", *set = f[4] ? f[4] : "lab";

	/* Small and large buffers agree: the small one fails exactly when
	 * the expansion does not fit it. */
	char *small = NULL, *big = NULL;
	int rs = expand(tmpl, user, group, service, bufsize, &small);
	int rb = expand(tmpl, user, group, service, BIG, &big);
	if (rb == 0 && strlen(big) < BIG - 1 && (rs == 0) != (strlen(big) < bufsize))
		abort();
	if (rs == 0 && (rb != 0 || strcmp(small, big)))
		abort();
	if (rb == 0 && !strchr(tmpl, '%') && strcmp(big, tmpl))
		abort();
	if (rb == 0) {
		check_hostname(big);
		check_uses(tmpl, user, group, service);
	}
	free(small);
	free(big);

	/* The hostname a per-user, per-group or shared set's instance gets. */
	for (int per = PNS_PER_SHARED; per <= PNS_PER_GROUP; per++) {
		struct pns_set s = { .name = (char *)set, .per = (enum pns_scope)per,
				     .setup = { .hostname = (char *)tmpl } };
		struct pns_err e = { 0 };
		char *h = malloc(bufsize);
		if (!h)
			abort();
		if (pns_set_hostname(&s, user, h, bufsize, &e) == 0) {
			if (!pns_hostname_valid(h))
				abort();
		} else if (!e.msg[0]) {
			abort();
		}
		free(h);
		check_inst(set, (enum pns_scope)per, user, bufsize);
	}
	free(copy);
	return 0;
}
