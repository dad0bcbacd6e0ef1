/* The error idiom, the name checks every path component goes through, and
 * the JSON strings of the helper's output. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "common/json.h"
#include "common/util.h"

static void names_for_path_components(void **state)
{
	(void)state;
	assert_true(pns_name_valid("lab"));
	assert_true(pns_name_valid("a.b_c-1"));
	assert_true(pns_name_valid("..."));
	assert_false(pns_name_valid(""));
	assert_false(pns_name_valid("."));
	assert_false(pns_name_valid(".."));
	assert_false(pns_name_valid("../etc"));
	assert_false(pns_name_valid("a/b"));
	assert_false(pns_name_valid("a b"));
	assert_false(pns_name_valid("user@example"));
	assert_false(pns_name_valid(NULL));
	char longname[300];
	memset(longname, 'a', sizeof(longname));
	longname[255] = '\0';
	assert_true(pns_name_valid(longname));
	longname[255] = 'a';
	longname[256] = '\0';
	assert_false(pns_name_valid(longname));
}

static void hostnames(void **state)
{
	(void)state;
	assert_true(pns_hostname_valid("alice-box"));
	assert_true(pns_hostname_valid("a.b.c"));
	assert_true(pns_hostname_valid("0"));
	assert_false(pns_hostname_valid(""));
	assert_false(pns_hostname_valid("-lead"));
	assert_false(pns_hostname_valid("trail-"));
	assert_false(pns_hostname_valid("a..b"));
	assert_false(pns_hostname_valid(".a"));
	assert_false(pns_hostname_valid("a."));
	assert_false(pns_hostname_valid("under_score"));
	assert_false(pns_hostname_valid("sp ace"));
	char label[80];
	memset(label, 'x', sizeof(label));
	label[64] = '\0';
	assert_false(pns_hostname_valid(label));	/* 64-byte label */
	label[63] = '\0';
	assert_true(pns_hostname_valid(label));
}

static void fail_appends_errno_text(void **state)
{
	(void)state;
	struct pns_err e = { 0 };
	assert_int_equal(pns_fail(&e, ENOENT, "opening %s", "/x"), -1);
	assert_string_equal(e.msg, "opening /x: No such file or directory");
	assert_int_equal(e.errnum, ENOENT);
	assert_int_equal(pns_fail(&e, 0, "plain"), -1);
	assert_string_equal(e.msg, "plain");
	assert_int_equal(e.errnum, 0);
	assert_int_equal(pns_fail(NULL, EIO, "nowhere"), -1);
}

static void snprintf_refuses_truncation(void **state)
{
	(void)state;
	char buf[8];
	struct pns_err e = { 0 };
	assert_int_equal(pns_snprintf(&e, buf, sizeof(buf), "%s", "1234567"), 0);
	assert_string_equal(buf, "1234567");
	assert_int_equal(pns_snprintf(&e, buf, sizeof(buf), "%s", "12345678"), -1);
	assert_int_equal(e.errnum, ENAMETOOLONG);
}

/* What pns_json_string writes for s. */
static char *json_of(const char *s)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	assert_non_null(f);
	pns_json_string(f, s);
	fclose(f);
	return buf;
}

static void expect_json(const char *s, const char *want)
{
	char *got = json_of(s);
	if (strcmp(got, want))
		fail_msg("json of \"%s\": %s, wanted %s", s, got, want);
	free(got);
}

/* Escapes, and JSON stays Unicode whatever bytes NSS hands over. */
static void json_strings(void **state)
{
	(void)state;
	expect_json("a\"b\\c\nd\te\x01", "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
	expect_json("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");
	expect_json("bad\xff", "\"bad\\ufffd\"");
	expect_json("\xc0\xaf", "\"\\ufffd\\ufffd\"");			/* overlong '/' */
	expect_json("\xe2\x82", "\"\\ufffd\\ufffd\"");			/* cut short */
	expect_json("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");	/* a surrogate */
	expect_json("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");	/* above U+10FFFF */
	char *null = json_of(NULL);
	assert_string_equal(null, "null");
	free(null);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(names_for_path_components),
		cmocka_unit_test(hostnames),
		cmocka_unit_test(fail_appends_errno_text),
		cmocka_unit_test(snprintf_refuses_truncation),
		cmocka_unit_test(json_strings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
