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

static void expect_escape(size_t outsz, const char *in, const char *want)
{
	char out[600];
	memset(out, '#', sizeof(out));
	assert_true(outsz <= sizeof(out));
	size_t n = pns_escape(out, outsz, in);
	if (strcmp(out, want))
		fail_msg("escape of \"%s\" into %zu bytes: \"%s\", wanted \"%s\"", in, outsz, out, want);
	assert_int_equal(n, strlen(want));
	/* Nothing written past outsz. */
	assert_int_equal(out[outsz < sizeof(out) ? outsz : sizeof(out) - 1] & 0xff,
			 outsz < sizeof(out) ? '#' : out[sizeof(out) - 1] & 0xff);
}

/* One escaping for logs and terminals: controls, DEL, bytes from 0x80 and
 * the backslash; printable ASCII only comes out. */
static void escape_for_logs(void **state)
{
	(void)state;
	expect_escape(64, "alice", "alice");
	expect_escape(64, "", "");
	expect_escape(64, NULL, "(null)");
	expect_escape(64, "a\nb\tc\rd\\e", "a\\nb\\tc\\rd\\\\e");
	expect_escape(64, "\x1b[2J\x07\x7f\x01", "\\x1b[2J\\x07\\x7f\\x01");
	expect_escape(64, "x\npam_ns(sshd:session): session for root",
		      "x\\npam_ns(sshd:session): session for root");
	expect_escape(64, "caf\xc3\xa9 \xc2\x9b", "caf\\xc3\\xa9 \\xc2\\x9b");
	expect_escape(64, "\"'%s $ ~", "\"'%s $ ~");
	/* Every byte: printable ASCII out, and no raw control. */
	char all[256], out[PNS_ESC_MAX * 2];
	for (int i = 1; i < 256; i++)
		all[i - 1] = (char)i;
	all[255] = '\0';
	size_t n = pns_escape(out, sizeof(out), all);
	assert_int_equal(n, strlen(out));
	for (size_t i = 0; i < n; i++)
		assert_true(out[i] >= 0x20 && out[i] < 0x7f);
	assert_null(strstr(out, "\\..."));
	/* Bounded: cut after a whole escape, with the mark. */
	expect_escape(8, "1234567", "1234567");
	expect_escape(8, "12345678", "123\\...");
	expect_escape(8, "12\n45678", "12\\...");	/* "\n" would not fit whole */
	expect_escape(9, "12\n45678", "12\\n\\...");
	expect_escape(9, "\x1b\x1b\x1b", "\\x1b\\...");
	expect_escape(5, "123456", "\\...");
	expect_escape(3, "123456", "\\.");
	expect_escape(1, "123456", "");
	char untouched[2] = "#";
	assert_int_equal(pns_escape(untouched, 0, "123456"), 0);
	assert_string_equal(untouched, "#");
	char big[2000];
	memset(big, '\n', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	n = pns_escape(out, PNS_ESC_MAX, big);
	assert_true(n < PNS_ESC_MAX);
	assert_string_equal(out + n - 4, "\\...");
	/* The %s idiom. */
	struct pns_err e = { 0 };
	pns_fail(&e, 0, "unknown user %s (%s)", PNS_ESC("a\nb"), PNS_ESC("\x1b"));
	assert_string_equal(e.msg, "unknown user a\\nb (\\x1b)");
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
	/* Everything beyond ASCII as \uXXXX, a surrogate pair above U+FFFF:
	 * the output is ASCII, so no direction override (U+202E) reaches a
	 * terminal raw. */
	expect_json("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "\"caf\\u00e9 \\u20ac \\ud83d\\ude00\"");
	expect_json("a\xe2\x80\xae" "b", "\"a\\u202eb\"");
	expect_json("bad\xff", "\"bad\\ufffd\"");
	expect_json("\xc0\xaf", "\"\\ufffd\\ufffd\"");			/* overlong '/' */
	expect_json("\xe2\x82", "\"\\ufffd\\ufffd\"");			/* cut short */
	expect_json("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");	/* a surrogate */
	expect_json("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");	/* above U+10FFFF */
	/* DEL and the C1 controls (CSI is U+009B) act on terminals. */
	expect_json("a\x7f\xc2\x9b" "2J\xc2\xa0", "\"a\\u007f\\u009b2J\\u00a0\"");
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
		cmocka_unit_test(escape_for_logs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
