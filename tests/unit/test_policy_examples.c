/* Every shipped policy (config/pam_ns.conf and each .conf in config/examples)
 * loads cleanly; run from the top of the source tree. */
#include <glob.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "policy/policy.h"

static struct pns_policy *load_or_fail(const char *path)
{
	struct pns_load_opts o = { .skip_trust = true };
	struct pns_policy *pol = NULL;
	struct pns_diag d = { 0 };
	int r = pns_policy_load(path, &o, &pol, &d);
	for (size_t i = 0; i < d.msgs.n; i++)
		print_error("%s\n", d.msgs.v[i]);
	pns_diag_free(&d);
	if (r != 0)
		fail_msg("%s does not load (is the test run from the top of the source tree?)", path);
	return pol;
}

static void default_policy(void **state)
{
	(void)state;
	struct pns_policy *pol = load_or_fail("config/pam_ns.conf");
	/* The demo and the end-to-end tests rely on these names. */
	assert_string_equal(pol->pin_dir, "/run/pam_ns");
	assert_int_equal(pol->on_error, PNS_ON_ERROR_DENY);
	const struct pns_set *team = pns_policy_find_set(pol, "team");
	assert_non_null(team);
	assert_int_equal(team->per, PNS_PER_GROUP);
	assert_string_equal(team->group_from.v[0], "pamns-team");
	assert_string_equal(team->setup.hostname, "%g");
	assert_int_equal(pol->nrules, 3);
	assert_true(pol->rules[0].none);
	assert_string_equal(pol->rules[1].groups.v[0], "pamns-isolated");
	assert_true(pol->rules[1].setup.proc);
	assert_true(pol->rules[1].setup.tmp_private);
	assert_string_equal(pol->rules[2].groups.v[0], "pamns-team");
	assert_ptr_equal(pol->rules[2].join, team);
	assert_true(pol->rules[2].create);
	pns_policy_free(pol);
}

static void every_example(void **state)
{
	(void)state;
	glob_t g;
	assert_int_equal(glob("config/examples/*.conf", 0, NULL, &g), 0);
	assert_true(g.gl_pathc >= 5);
	for (size_t i = 0; i < g.gl_pathc; i++)
		pns_policy_free(load_or_fail(g.gl_pathv[i]));
	globfree(&g);
}

static void dropin_example_reads_its_directory(void **state)
{
	(void)state;
	struct pns_policy *pol = load_or_fail("config/examples/dropin-main.conf");
	assert_int_equal(pol->files.n, 2);
	assert_string_equal(pol->files.v[1], "config/examples/dropin-main.d/50-ci.conf");
	assert_int_equal(pol->nrules, 3);
	assert_ptr_equal(pol->rules[1].join, pns_policy_find_set(pol, "builds"));
	pns_policy_free(pol);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(default_policy),
		cmocka_unit_test(every_example),
		cmocka_unit_test(dropin_example_reads_its_directory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
