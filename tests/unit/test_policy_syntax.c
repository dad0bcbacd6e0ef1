/* Texts libconfig refuses: the message names the real cause, at its line,
 * and says libconfig's own line when that differs.  Texts that look wrong
 * but that libconfig accepts still load. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "inline_policy.h"
#include "policy/policy.h"
#include "policy/policy_int.h"

#define V "version = 1;\n"

/* Fail unless `text` gives exactly one message, "test.conf:LINE: syntax
 * error...", holding every one of the NULL-terminated needles. */
static void expect_syntax(const char *text, int line, ...)
{
	char *all = inline_policy_errors(text);
	if (!all)
		fail_msg("policy accepted; wanted a syntax error at line %d:\n%s", line, text);
	char prefix[48];
	snprintf(prefix, sizeof(prefix), "test.conf:%d: syntax error", line);
	const char *nl = strchr(all, '\n');
	if (strncmp(all, prefix, strlen(prefix)) || !nl || nl[1])
		fail_msg("wanted one message starting \"%s\", got:\n%s", prefix, all);
	va_list ap;
	va_start(ap, line);
	for (const char *needle; (needle = va_arg(ap, const char *));)
		if (!strstr(all, needle))
			fail_msg("wanted \"%s\" in:\n%s", needle, all);
	va_end(ap);
	free(all);
}

static void expect_valid(const char *text)
{
	char *all = inline_policy_errors(text);
	if (all)
		fail_msg("policy refused:\n%s\n%s", text, all);
}

/* ---- what libconfig accepts ------------------------------------------- */

static void terminators_are_optional(void **state)
{
	(void)state;
	/* No ';' after a setting, ',' instead, ':' for '=': all valid. */
	expect_valid("version = 1\n"
		     "on_error : \"deny\",\n"
		     "rules = ( { users = [\"a\"] unshare = [\"uts\"] }, { users = [\"b\"], action = \"none\" } )\n");
}

/* The exact message of a text libconfig accepts but the lint refuses. */
static void expect_lint(const char *text, const char *want)
{
	char *all = inline_policy_errors(text);
	if (!all || !strstr(all, want))
		fail_msg("wanted \"%s\" for:\n%s\ngot:\n%s", want, text, all ? all : "(accepted)");
	free(all);
}

/* What libconfig takes silently and no admin means: adjacent strings are
 * joined (a ',' missing between two users makes one user "alicebob"),
 * an unclosed comment or string drops the rest of the file. */
static void accepted_but_not_meant(void **state)
{
	(void)state;
	expect_lint(V "rules = ( { users = [\"alice\"\n \"bob\"]; unshare = [\"uts\"]; } );\n",
		    "test.conf:3: two strings in a row, \"alice\" and \"bob\", which libconfig reads as "
		    "one string: a ',' is missing between them");
	expect_lint(V "rules = ( { users = [\"a\"]; unshare = [\"uts\"]; } );\n/* the rest\nrules = 5;\n",
		    "test.conf:3: the '/*' comment opened here is never closed with '*/'");
	expect_lint(V "rules = ( { users = [\"a\"]; unshare = [\"uts\"]; } );\n\"oops\nrules = 5;\n",
		    "test.conf:3: the string opened here is never closed");
	/* Strings apart are fine, whatever lies between. */
	expect_valid(V "rules = ( { users = [\"a\", /* x */ \"b\"]; unshare = [\"uts\"]; } );\n");
}

static void comments_load(void **state)
{
	(void)state;
	expect_valid("# a policy\nversion = 1; // the language\n/* none\n   yet */\n"
		     "rules = ( { users = [\"a\"]; unshare = [\"uts\"]; } ); # last line\n");
}

/* ---- missing ',' --------------------------------------------------------- */

static void missing_comma_between_rules(void **state)
{
	(void)state;
	expect_syntax(V "rules = (\n"
			"  { users = [\"a\"];\n"
			"    unshare = [\"net\"]; }\n"
			"  { users = [\"b\"]; unshare = [\"uts\"]; }\n"
			");\n", 4,
		      "',' missing between two elements of the list opened at line 2",
		      "the one at lines 3-4 and the one at line 5", "(libconfig stopped at line 5)", NULL);
}

static void missing_comma_in_array(void **state)
{
	(void)state;
	expect_syntax(V "rules = ( { users = [\"a\",\n  \"b\"\n  true]; } );\n", 3,
		      "',' missing between two elements of the array opened at line 2",
		      "the one at line 3 and the one at line 4", "(libconfig stopped at line 4)", NULL);
}

/* ---- strings ----------------------------------------------------------- */

static void unterminated_string(void **state)
{
	(void)state;
	expect_syntax(V "pin_dir = \"/run/pam_ns;\non_error = \"deny\";\n", 2,
		      "unterminated string: the '\"' opened on this line is not closed on it",
		      "(libconfig stopped at line 4)", NULL);
	/* A quote missing mid-line: quotes pair up wrong from there on, and
	 * libconfig stops at "bob" on the same line. */
	expect_syntax(V "rules = ( { users = [\"alice, \"bob\"]; unshare = [\"net\"]; } );\n", 2,
		      "unterminated string", NULL);
	expect_syntax(V "rules = ( { users = [\"alice\"]; unshare = [\"net\"]; } );\non_error = \"deny", 3,
		      "unterminated string", NULL);
}

static void bare_words(void **state)
{
	(void)state;
	expect_syntax(V "rules = ( { users = [alice]; unshare = [\"net\"]; } );\n", 2,
		      "alice is not a value: strings need double quotes: \"alice\"", NULL);
	expect_syntax(V "rules = ( { users = [\"a\"]; unshare = [\"mnt\"]; tmp = private; } );\n", 2,
		      "private is not a value: strings need double quotes: \"private\"", NULL);
	expect_syntax(V "namespaces = { lab = { types = [\"uts\"]; hostname = lab-%u; }; };\n", 2,
		      "lab-%u is not a value", "\"lab-%u\"", NULL);
	expect_syntax(V "rules = ( { users = [\"a\"]; unshare = [\"pid\", \"mnt\"]; proc = yes; } );\n", 2,
		      "yes is not a value", "(booleans are true and false)", NULL);
	/* A number glued to a word is one word to the admin. */
	expect_syntax(V "rules = ( { users = [\"a\"]; unshare = [\"net\"]; x = 512M; } );\n", 2,
		      "512M is not a value", NULL);
}

/* ---- brackets ---------------------------------------------------------- */

static void closing_bracket_that_does_not_match(void **state)
{
	(void)state;
	expect_syntax(V "rules = (\n  { users = [\"a\"];\n    unshare = [\"net\"];\n  ]\n);\n", 5,
		      "']' does not match the '{' opened at line 3", NULL);
	/* The last rule's '}' is missing: the list's ')' meets its '{'. */
	expect_syntax(V "rules = (\n  { users = [\"a\"]; unshare = [\"net\"]; },\n"
			"  { users = [\"b\"]; unshare = [\"uts\"];\n);\n", 5,
		      "')' does not match the '{' opened at line 4", NULL);
}

static void bracket_never_closed(void **state)
{
	(void)state;
	expect_syntax(V "rules = (\n  { users = [\"a\"]; unshare = [\"net\"]; }\n", 2,
		      "the '(' opened here is never closed", "(libconfig stopped at line 4)", NULL);
	/* Not closed before the next setting: said where the ')' belongs. */
	expect_syntax(V "rules = (\n  { users = [\"a\"]; unshare = [\"net\"]; }\n\non_error = \"deny\";\n", 3,
		      "')' missing after this line: the list opened at line 2 is still open where the "
		      "setting on_error starts, at line 5", NULL);
	/* A rule's '}' missing before the next rule. */
	expect_syntax(V "rules = (\n  { users = [\"a\"]; unshare = [\"net\"];\n"
			"  { users = [\"b\"]; unshare = [\"uts\"]; }\n);\n", 4,
		      "is the '}' of the group opened at line 3 missing?", NULL);
	/* An array's ']' missing before ';' (the grammar test of test_policy.c). */
	expect_syntax(V "rules = (\n  { users = [\"a\"; unshare = [\"net\"]; }\n);\n", 3,
		      "']' missing before this ';': the array opened at line 3 is still open", NULL);
}

static void stray_closing_bracket(void **state)
{
	(void)state;
	expect_syntax(V "rules = ( { users = [\"a\"]; unshare = [\"net\"]; } );\n}\n", 3,
		      "'}' closes nothing: no bracket is open here", NULL);
}

/* ---- settings and their parts ----------------------------------------- */

static void missing_equals(void **state)
{
	(void)state;
	expect_syntax(V "rules = ( { users = [\"a\"];\n  unshare [\"net\"]; } );\n", 3,
		      "'=' missing between unshare and its value", NULL);
	expect_syntax(V "rules = ( { users = [\"a\"]; action none; } );\n", 2,
		      "two names in a row, action and none", NULL);
}

static void setting_without_value(void **state)
{
	(void)state;
	expect_syntax(V "pin_dir =\non_error = \"deny\";\n", 2,
		      "pin_dir has no value: a setting is written pin_dir = VALUE;",
		      "(libconfig stopped at line 3)", NULL);
	expect_syntax(V "on_error;\n", 2, "on_error has no value", NULL);
}

static void settings_inside_a_list(void **state)
{
	(void)state;
	/* A rule's braces forgotten. */
	expect_syntax(V "rules = (\n  users = [\"a\"]; unshare = [\"net\"];\n);\n", 3,
		      "a setting, users = ..., inside the list opened at line 2",
		      "a list holds values only; settings belong in a group, { ... }", NULL);
	expect_syntax(V "rules = ( { users = [\"a\" = \"b\"]; } );\n", 2,
		      "'=' inside the array opened at line 2", NULL);
}

static void value_without_name_in_group(void **state)
{
	(void)state;
	expect_syntax(V "rules = ( {\n  \"a\"; unshare = [\"net\"]; } );\n", 3,
		      "a value with no name inside the group opened at line 2",
		      "a group holds settings, NAME = VALUE", NULL);
	expect_syntax(V "\"a\";\n", 2, "a value with no name: the file holds settings", NULL);
	/* Rules written as a group, not a list. */
	expect_syntax(V "rules = {\n  { users = [\"a\"]; unshare = [\"net\"]; }\n};\n", 3,
		      "a list of groups is written ( { ... }, { ... } )", NULL);
	/* Several values after one name. */
	expect_syntax(V "rules = ( { users = \"a\", \"b\"; unshare = [\"net\"]; } );\n", 2,
		      "a value with no name after ','", NULL);
}

static void groups_in_an_array(void **state)
{
	(void)state;
	expect_syntax(V "rules = [\n  { users = [\"a\"]; unshare = [\"net\"]; }\n];\n", 3,
		      "'{' inside the array opened at line 2: an array holds only strings, numbers or "
		      "booleans", NULL);
}

static void trailing_comma(void **state)
{
	(void)state;
	/* libconfig 1.5 refuses a ',' after the last element. */
	expect_syntax(V "rules = (\n  { users = [\"a\"]; unshare = [\"net\"]; },\n);\n", 3,
		      "a ',' after the last element of the list opened at line 2",
		      "(libconfig stopped at line 4)", NULL);
	expect_syntax(V "rules = ( { users = [\"a\", \"b\",]; unshare = [\"net\"]; } );\n", 2,
		      "a ',' after the last element of the array opened at line 2", NULL);
	expect_syntax(V "rules = ( { users = [\"a\",, \"b\"]; } );\n", 2, "two ',' in a row", NULL);
}

static void doubled_terminator(void **state)
{
	(void)state;
	expect_syntax(V "on_error = \"deny\";;\n", 2, "a second ';' or ',' after a setting", NULL);
}

/* ---- characters -------------------------------------------------------- */

static void unknown_characters(void **state)
{
	(void)state;
	expect_syntax(V "rules = ( { users = ['alice']; } );\n", 2,
		      "a single quote ('): strings are written in double quotes", NULL);
	expect_syntax(V "on_error = @deny;\n", 2, "unexpected character '@'", NULL);
	expect_syntax(V "on_error = \"deny\"; \xc3\xa9t\xc3\xa9 = 1;\n", 2,
		      "a non-ASCII character outside a string", NULL);
	expect_syntax(V "on_error = \"deny\"; \x01\n", 2, "a control character (byte 0x01)", NULL);
}

static void comments(void **state)
{
	(void)state;
	expect_syntax(V "rules = ( { users = [\"a\"]; unshare = [\"net\"]; } );\n# the end", 3,
		      "the comment on the last line needs a newline after it", NULL);
	expect_syntax(V "rules = (\n/* { users = [\"a\"]; unshare = [\"net\"]; },\n"
			"  { users = [\"b\"]; unshare = [\"net\"]; }\n);\n", 3,
		      "the '/*' comment opened on this line is never closed", "(libconfig stopped at line 6)",
		      NULL);
	expect_syntax(V "/* a /* b */ c */\n", 2, "'*/' closes no comment", NULL);
}

/* ---- saying less -------------------------------------------------------- */

static void no_guess_when_our_reading_differs(void **state)
{
	(void)state;
	char msg[256];
	const char *text = V "rules = ( { users = [alice]; } );\n";
	/* Where libconfig stops elsewhere than we do, plain words only. */
	assert_int_equal(pns_syntax_explain(text, 1, "syntax error", msg, sizeof(msg)), 1);
	assert_string_equal(msg, "syntax error");
	assert_int_equal(pns_syntax_explain(text, 2, NULL, msg, sizeof(msg)), 2);
	assert_string_equal(msg, "syntax error: alice is not a value: strings need double quotes: \"alice\"");
	/* libconfig's other texts are its own. */
	assert_int_equal(pns_syntax_explain(V "a = 1;\na = 2;\n", 3, "duplicate setting name", msg,
					    sizeof(msg)), 3);
	assert_string_equal(msg, "syntax error: duplicate setting name");
	/* A small buffer: cut, terminated. */
	assert_int_equal(pns_syntax_explain(text, 2, NULL, msg, 10), 2);
	assert_string_equal(msg, "syntax er");
}

static void libconfig_texts_kept(void **state)
{
	(void)state;
	expect_syntax(V "rules = (\n  { groups = [\"a\", 5]; }\n);\n", 3, "syntax error: mismatched element type",
		      NULL);
}


/* ---- what libconfig would pay (pns_syntax_measure) --------------------- */

/* The messages of measuring `text` with a fresh budget, "" for none
 * (caller frees). */
static char *measure(const char *text, int *n)
{
	struct pns_budget b = { 0 };
	struct pns_diag d = { 0 };
	*n = pns_syntax_measure(text, "m.conf", &b, &d);
	size_t len = 1;
	for (size_t i = 0; i < d.msgs.n; i++)
		len += strlen(d.msgs.v[i]) + 1;
	char *all = calloc(1, len);
	for (size_t i = 0; i < d.msgs.n; i++)
		strcat(strcat(all, d.msgs.v[i]), "\n");
	assert_int_equal((size_t)*n, d.msgs.n);
	pns_diag_free(&d);
	return all;
}

static void expect_measured(const char *text, const char *want)
{
	int n;
	char *all = measure(text, &n);
	if (want ? n != 1 || !strstr(all, want) : n != 0)
		fail_msg("wanted %s, got:\n%s", want ? want : "nothing", all);
	free(all);
}

static void nesting_is_bounded(void **state)
{
	(void)state;
	char text[256];
	/* The file and 7 brackets: the limit; one more bracket is refused at
	 * its line, before libconfig (whose parser recurses) sees it. */
	snprintf(text, sizeof(text), "a = ( ( ( { b = [ \n ] ; } ) ) );\n");
	expect_measured(text, NULL);
	snprintf(text, sizeof(text), "a = ( ( ( { b = ( ( ( 1 ) ) ); } ) ) );\n");
	expect_measured(text, NULL);
	snprintf(text, sizeof(text), "a = ( ( ( { b = ( ( \n( ( 1 ) ) ) ); } ) ) );\n");
	expect_measured(text, "m.conf:2: brackets nested more than 8 deep");
	/* Brackets in strings and comments are no brackets. */
	expect_measured("a = \"((((((((((\"; # ((((((((((\n/* {{{{{{{{{{ */ b = 1;\n", NULL);
	/* Through the parser: refused with that message only. */
	char *all = inline_policy_errors(V "x = ((((((((((1))))))))));\n");
	assert_non_null(all);
	assert_non_null(strstr(all, "test.conf:2: brackets nested more than 8 deep"));
	assert_null(strstr(all, "unknown setting"));
	free(all);
}

/* A group of `n` settings, opened on line 2, in `groups` copies. */
static char *groups_of(int n, int groups)
{
	char *t = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&t, &len);
	fputs("# groups\n", f);
	for (int g = 0; g < groups; g++) {
		fprintf(f, "g%d = {\n", g);
		for (int i = 0; i < n; i++)
			fprintf(f, " s%x = %d;\n", i, i);
		fputs("};\n", f);
	}
	fclose(f);
	return t;
}

static void group_settings_are_bounded(void **state)
{
	(void)state;
	char *t = groups_of(PNS_POLICY_GROUP_MAX, 1);
	expect_measured(t, NULL);
	free(t);
	t = groups_of(PNS_POLICY_GROUP_MAX + 1, 1);
	expect_measured(t, "m.conf:2: this group holds more than 1000 settings");
	free(t);
	/* The file's own settings count as well (ours: the top level). */
	size_t len = 0;
	FILE *f = open_memstream(&t, &len);
	for (int i = 0; i <= PNS_POLICY_GROUP_MAX; i++)
		fprintf(f, "s%x = 1;\n", i);
	fclose(f);
	expect_measured(t, "m.conf:1: the file holds more than 1000 settings");
	free(t);
	/* Lists hold elements, not settings: as many as PNS_POLICY_LIST_MAX. */
	len = 0;
	f = open_memstream(&t, &len);
	fputs("l = (", f);
	for (int i = 0; i < 3 * PNS_POLICY_GROUP_MAX; i++)
		fprintf(f, "%s{ a = 1; }", i ? "," : "");
	fputs(");\n", f);
	fclose(f);
	expect_measured(t, NULL);
	free(t);
}

static void group_work_is_bounded_across_files(void **state)
{
	(void)state;
	/* 19 full groups in a file of 19 settings: 19 * 1000^2 + 19^2, under
	 * the limit; one full group more, in another file, passes it there. */
	struct pns_budget b = { 0 };
	struct pns_diag d = { 0 };
	char *t = groups_of(PNS_POLICY_GROUP_MAX, 19);
	assert_int_equal(pns_syntax_measure(t, "a.conf", &b, &d), 0);
	assert_int_equal(b.group_work, 19000000 + 19 * 19);
	free(t);
	t = groups_of(PNS_POLICY_GROUP_MAX, 1);
	assert_int_equal(pns_syntax_measure(t, "b.conf", &b, &d), 1);
	free(t);
	assert_non_null(strstr(d.msgs.v[0], "b.conf:2: the policy's groups hold too many settings in all"));
	/* Said once: a third file is refused silently (the load has failed). */
	assert_int_equal(pns_syntax_measure("x = { y = 1; };\n", "c.conf", &b, &d), 0);
	assert_true(b.group_work > PNS_POLICY_GROUP_WORK_MAX);
	assert_int_equal(d.msgs.n, 1);
	pns_diag_free(&d);
}

static void string_length_is_bounded(void **state)
{
	(void)state;
	char *t = malloc(3 * PNS_POLICY_STRING_MAX);
	/* 4096 bytes once read: two escapes of two bytes count one each. */
	int n = sprintf(t, "\na = \"\\\"\\\\");
	memset(t + n, 'x', PNS_POLICY_STRING_MAX - 2);
	strcpy(t + n + PNS_POLICY_STRING_MAX - 2, "\";\n");
	expect_measured(t, NULL);
	strcpy(t + n + PNS_POLICY_STRING_MAX - 2, "y\";\n");
	expect_measured(t, "m.conf:2: a string longer than 4096 bytes");
	/* Adjacent strings are one string to libconfig: measured joined, at
	 * the line of the first. */
	n = sprintf(t, "a = \"x\"\n");
	for (int i = 0; i < PNS_POLICY_STRING_MAX / 2; i++)
		n += sprintf(t + n, "\"xy\"\n");
	strcpy(t + n, ";\n");
	expect_measured(t, "m.conf:1: a string longer than 4096 bytes");
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(terminators_are_optional),
		cmocka_unit_test(accepted_but_not_meant),
		cmocka_unit_test(comments_load),
		cmocka_unit_test(missing_comma_between_rules),
		cmocka_unit_test(missing_comma_in_array),
		cmocka_unit_test(unterminated_string),
		cmocka_unit_test(bare_words),
		cmocka_unit_test(closing_bracket_that_does_not_match),
		cmocka_unit_test(bracket_never_closed),
		cmocka_unit_test(stray_closing_bracket),
		cmocka_unit_test(missing_equals),
		cmocka_unit_test(setting_without_value),
		cmocka_unit_test(settings_inside_a_list),
		cmocka_unit_test(value_without_name_in_group),
		cmocka_unit_test(groups_in_an_array),
		cmocka_unit_test(trailing_comma),
		cmocka_unit_test(doubled_terminator),
		cmocka_unit_test(unknown_characters),
		cmocka_unit_test(comments),
		cmocka_unit_test(no_guess_when_our_reading_differs),
		cmocka_unit_test(libconfig_texts_kept),
		cmocka_unit_test(nesting_is_bounded),
		cmocka_unit_test(group_settings_are_bounded),
		cmocka_unit_test(group_work_is_bounded_across_files),
		cmocka_unit_test(string_length_is_bounded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
