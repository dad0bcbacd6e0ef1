/* Unit-test support declared in inline_policy.h. */
#include "inline_policy.h"
#include "sandbox.h"

#include <fcntl.h>
#include <sched.h>
#include <stdarg.h>
#include <setjmp.h>
#include <string.h>
#include <sys/mount.h>
#include <cmocka.h>

static struct pns_policy *parse(const char *text, struct pns_diag *d)
{
	struct pns_policy *pol = pns_policy_new();
	assert_non_null(pol);
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	assert_non_null(f);
	pns_policy_parse_stream(pol, f, "test.conf", true, d);
	fclose(f);
	if (d->msgs.n == 0)
		pns_policy_finish(pol, d);
	return pol;
}

struct pns_policy *inline_policy(const char *text)
{
	struct pns_diag d = { 0 };
	struct pns_policy *pol = parse(text, &d);
	for (size_t i = 0; i < d.msgs.n; i++)
		print_error("policy error: %s\n", d.msgs.v[i]);
	assert_int_equal(d.msgs.n, 0);
	pns_diag_free(&d);
	return pol;
}

char *inline_policy_errors(const char *text)
{
	struct pns_diag d = { 0 };
	pns_policy_free(parse(text, &d));
	if (d.msgs.n == 0)
		return NULL;
	size_t len = 1;
	for (size_t i = 0; i < d.msgs.n; i++)
		len += strlen(d.msgs.v[i]) + 1;
	char *all = calloc(1, len);
	assert_non_null(all);
	for (size_t i = 0; i < d.msgs.n; i++) {
		strcat(all, d.msgs.v[i]);
		strcat(all, "\n");
	}
	pns_diag_free(&d);
	return all;
}

struct pns_login fake_login(const char *user, const char *service, const char *rhost,
			    const char *const *groups)
{
	struct pns_login l = {
		.user = strdup(user),
		.service = strdup(service ? service : ""),
		.rhost = strdup(rhost ? rhost : ""),
		.tty = strdup(""),
		.uid = 1000,
		.gid = FAKE_GID0,
	};
	size_t n = 0;
	while (groups && groups[n])
		n++;
	/* Gids NSS gives no group, named and answered here as NSS would:
	 * the login's groups are these names, and a literal pattern naming
	 * any other group finds it (or nothing) but not among these gids. */
	l.gids = calloc(n + 1, sizeof(*l.gids));
	l.groups = calloc(n + 1, sizeof(char *));
	l.named = calloc(n + 1, sizeof(*l.named));
	assert_true(l.gids && l.groups && l.named);
	for (size_t i = 0; i < n; i++) {
		l.gids[i] = FAKE_GID0 + (gid_t)i;
		l.groups[i] = strdup(groups[i]);
		l.named[i] = (struct pns_login_named){ .name = strdup(groups[i]), .member = true };
	}
	l.ngroups = l.nnamed = n;
	return l;
}

int enter_private_namespaces(void)
{
	if (sandbox_user_ns() < 0 || unshare(CLONE_NEWNS) < 0)
		return -1;
	return mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
}
