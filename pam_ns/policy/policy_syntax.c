/* Why libconfig refused a policy file: the text read again by a lexer and
 * parser of our own that follow libconfig 1.5's grammar, stopping where it
 * stops, to say what is wrong and at the line of the cause. */
#include "policy/policy_int.h"

#include <stdarg.h>
#include <string.h>
#include <strings.h>

/*
 * libconfig 1.5, as verified on Debian 12:
 *   file   := setting*
 *   setting:= NAME ('=' | ':') value [';' | ',']
 *   value  := scalar | STRING+ | '[' [scalar (',' scalar)*] ']'
 *             | '(' [value (',' value)*] ')' | '{' setting* '}'
 * Adjacent strings are one string; no ',' may follow the last element; an
 * unterminated string or comment ends the text silently; a '#' or '//'
 * comment must end with a newline.  The line libconfig reports is the one
 * its scanner is on after reading the token it cannot use: the last line
 * of a string token, the line after the last newline at the end.
 */

enum tk {
	T_EOF, T_NAME, T_STRING, T_NUMBER, T_BOOL, T_EQUALS, T_COMMA, T_SEMI,
	T_LBRACE, T_RBRACE, T_LBRACKET, T_RBRACKET, T_LPAREN, T_RPAREN, T_GARBAGE,
};

struct tok {
	enum tk t;
	const char *s;		/* first byte in the text */
	size_t len;
	int line, end_line;	/* where it starts and ends */
	bool glued;		/* nothing between it and the token before */
	bool eof_comment;	/* a '#' or '//' comment with no newline after it */
};

struct lex {
	const char *p;		/* next byte; the text ends at a NUL */
	int line;
	int open_comment;	/* line of a '/ *' never closed, else 0 */
	int open_string;	/* line of a '"' never closed, else 0 */
	int long_string;	/* first string running past its line (or never closed) */
	int long_string_end;	/* the line it ends on */
	const char *tok_end;	/* end of the last token, NULL before the first */
	const char *nl;		/* the next '\n' at or after p, once looked for */
	bool no_nl;		/* there is none left */
};

/* Whether a '\n' follows p: each '#' looks, and looking once is enough. */
static const char *next_newline(struct lex *lx)
{
	if (!lx->no_nl && (!lx->nl || lx->nl < lx->p)) {
		lx->nl = strchr(lx->p, '\n');
		lx->no_nl = !lx->nl;
	}
	return lx->no_nl ? NULL : lx->nl;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_xdigit(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t span_digits(const char *p)
{
	size_t n = 0;
	while (is_digit(p[n]))
		n++;
	return n;
}

/* [eE][-+]?[0-9]+ at p: its length or 0. */
static size_t exponent(const char *p)
{
	if (*p != 'e' && *p != 'E')
		return 0;
	size_t n = 1 + (p[1] == '-' || p[1] == '+');
	size_t d = span_digits(p + n);
	return d ? n + d : 0;
}

/* 'L' or 'LL' after an integer. */
static size_t long_suffix(const char *p)
{
	return p[0] != 'L' ? 0 : p[1] == 'L' ? 2 : 1;
}

/* The longest of libconfig's number patterns matching at p, or 0:
 *   [-+]?[0-9]+(L|LL)?   0[xX][0-9a-fA-F]+(L|LL)?
 *   [-+]?[0-9]*\.[0-9]*([eE][-+]?[0-9]+)?   [-+]?[0-9]+(\.[0-9]*)?[eE][-+]?[0-9]+ */
static size_t number_len(const char *p)
{
	size_t best = 0, sign = (*p == '-' || *p == '+');
	size_t d = span_digits(p + sign);
	if (d) {
		size_t n = sign + d;
		n += long_suffix(p + n);
		best = n;
	}
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && is_xdigit(p[2])) {
		size_t n = 2;
		while (is_xdigit(p[n]))
			n++;
		n += long_suffix(p + n);
		if (n > best)
			best = n;
	}
	if (p[sign + d] == '.') {
		size_t n = sign + d + 1;
		n += span_digits(p + n);
		n += exponent(p + n);
		if (n > best)
			best = n;
	}
	if (d) {
		size_t e = exponent(p + sign + d);
		if (e && sign + d + e > best)
			best = sign + d + e;
	}
	return best;
}

/* Skip blanks and comments; the next token into *t. */
static void lex_token(struct lex *lx, struct tok *t)
{
	const char *start = lx->p;
	for (;;) {
		char c = *lx->p;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			lx->p++;
		} else if (c == '\n') {
			lx->p++;
			lx->line++;
		} else if (c == '/' && lx->p[1] == '*') {
			int line = lx->line;
			const char *q = lx->p + 2;
			while (*q && !(q[0] == '*' && q[1] == '/')) {
				if (*q == '\n')
					lx->line++;
				q++;
			}
			if (!*q) {
				lx->open_comment = line;
				lx->p = q;
			} else {
				lx->p = q + 2;
			}
		} else if ((c == '#' || (c == '/' && lx->p[1] == '/')) && next_newline(lx)) {
			lx->p = next_newline(lx);
		} else {
			break;
		}
	}
	*t = (struct tok){ .s = lx->p, .len = 1, .line = lx->line, .end_line = lx->line,
			   .glued = lx->p == start && start == lx->tok_end };
	char c = *lx->p;
	static const char punct[] = "=:,;{}[]()";
	static const enum tk punct_tk[] = { T_EQUALS, T_EQUALS, T_COMMA, T_SEMI, T_LBRACE, T_RBRACE,
					    T_LBRACKET, T_RBRACKET, T_LPAREN, T_RPAREN };
	if (!c) {
		t->t = T_EOF;
		t->len = 0;
		return;
	}
	const char *pc = strchr(punct, c);
	if (pc) {
		t->t = punct_tk[pc - punct];
		lx->p++;
		return;
	}
	if (c == '"') {
		const char *q = lx->p + 1;
		for (;;) {
			if (!*q) {
				/* libconfig drops it and sees the end of the text. */
				lx->open_string = t->line;
				if (!lx->long_string) {
					lx->long_string = t->line;
					lx->long_string_end = lx->line;
				}
				lx->p = q;
				t->t = T_EOF;
				t->len = 0;
				t->glued = false;
				t->line = t->end_line = lx->line;
				return;
			}
			if (*q == '"')
				break;
			if (*q == '\\' && q[1] && strchr("nrtf\\\"", q[1]))
				q += 2;
			else if (*q++ == '\n')
				lx->line++;
		}
		t->t = T_STRING;
		t->len = (size_t)(q + 1 - lx->p);
		t->end_line = lx->line;
		if (t->end_line != t->line && !lx->long_string) {
			lx->long_string = t->line;
			lx->long_string_end = t->end_line;
		}
		lx->p = q + 1;
		return;
	}
	if (is_alpha(c) || c == '*') {
		size_t n = 1;
		while (is_alpha(lx->p[n]) || is_digit(lx->p[n]) || lx->p[n] == '-' || lx->p[n] == '_' ||
		       lx->p[n] == '*')
			n++;
		t->t = ((n == 4 && !strncasecmp(lx->p, "true", 4)) ||
			(n == 5 && !strncasecmp(lx->p, "false", 5))) ? T_BOOL : T_NAME;
		t->len = n;
		lx->p += n;
		return;
	}
	size_t n = number_len(lx->p);
	if (n) {
		t->t = T_NUMBER;
		t->len = n;
		lx->p += n;
		return;
	}
	/* Anything else is one byte libconfig cannot use, a comment that runs
	 * into the end of the text included ('#' or the first '/'). */
	t->t = T_GARBAGE;
	t->eof_comment = c == '#' || (c == '/' && lx->p[1] == '/');
	lx->p++;
}

static void lex_next(struct lex *lx, struct tok *t)
{
	lex_token(lx, t);
	lx->tok_end = lx->p;
}

/* ---- the parser: libconfig's grammar, up to the token it refuses ------- */

enum state {
	S_NAME,		/* group or file: a setting's name, or the end */
	S_EQ,		/* after a name: '=' or ':' */
	S_VALUE,	/* after '=': the value */
	S_AFTER_VALUE,	/* after a value: ';', ',', a name, or the end */
	S_FIRST,	/* after '(' or '[': an element or the end */
	S_ELEM,		/* after ',' in a list or array: an element */
	S_AFTER_ELEM,	/* after an element: ',' or the end */
};

/* The file itself, or a bracket still open. */
struct frame {
	char open;		/* '{', '(', '[', or 0 for the file */
	int line;		/* of the bracket */
	enum state st;
	enum tk term;		/* in S_NAME: the ';' or ',' that led there, else T_EOF */
	struct tok name;	/* the setting being read (groups, the file) */
	bool last_string;	/* the last value is a string: more may join it */
	bool last_number;
	const char *number;	/* where a number a name is glued to starts */
	int elem_start, elem_end;	/* lines of the last value read */
	int comma_line;		/* of the last ',' between elements */
};

/* Where the parse stopped: the token refused and its context. */
struct stop {
	struct tok t, prev;
	struct frame f;		/* the innermost frame */
	char outer;		/* the bracket around it, 0 for none */
	int depth;		/* frames open, the file's included */
	struct lex after;	/* the lexer just past t */
};

static char closer(char open)
{
	return open == '{' ? '}' : open == '(' ? ')' : open == '[' ? ']' : 0;
}

static char closer_of(enum tk t)
{
	return t == T_RBRACE ? '}' : t == T_RPAREN ? ')' : t == T_RBRACKET ? ']' : 0;
}

static char opener_of(enum tk t)
{
	return t == T_LBRACE ? '{' : t == T_LPAREN ? '(' : t == T_LBRACKET ? '[' : 0;
}

static bool is_scalar(enum tk t)
{
	return t == T_STRING || t == T_NUMBER || t == T_BOOL;
}

/* Deeper than libconfig goes: its parser runs out of stack ("memory
 * exhausted") at a few thousand open brackets. */
#define MAX_DEPTH 20000

/* 1 and *s when libconfig's grammar refuses a token of text, 0 when it
 * accepts the whole text, -1 when out of memory or too deep to follow. */
static int parse(const char *text, struct stop *s)
{
	struct lex lx = { .p = text, .line = 1 };
	size_t n = 1, cap = 64;
	cleanup_free struct frame *fs = calloc(cap, sizeof(*fs));
	if (!fs)
		return -1;
	fs[0] = (struct frame){ .st = S_NAME, .term = T_EOF };
	struct tok t, prev = { .t = T_EOF };
	for (;; prev = t) {
		lex_next(&lx, &t);
		struct frame *f = &fs[n - 1];
		char open = opener_of(t.t);
		bool value = is_scalar(t.t) || open;
		switch (f->st) {
		case S_NAME:
		case S_AFTER_VALUE:
			if (f->st == S_AFTER_VALUE) {
				if (t.t == T_STRING && f->last_string) {
					f->elem_end = t.end_line;
					continue;
				}
				if (t.t == T_SEMI || t.t == T_COMMA) {
					f->st = S_NAME;
					f->term = t.t;
					continue;
				}
			}
			if (t.t == T_NAME) {
				f->number = f->st == S_AFTER_VALUE && f->last_number && t.glued ? prev.s : NULL;
				f->st = S_EQ;
				f->name = t;
				continue;
			}
			if (t.t == T_EOF && !f->open)
				return 0;
			break;
		case S_EQ:
			if (t.t == T_EQUALS) {
				f->st = S_VALUE;
				continue;
			}
			break;
		case S_VALUE:
		case S_FIRST:
		case S_ELEM:
			if (!value || (open && f->open == '['))
				break;
			f->st = f->st == S_VALUE ? S_AFTER_VALUE : S_AFTER_ELEM;
			f->term = T_EOF;
			f->elem_start = t.line;
			f->elem_end = t.end_line;
			f->last_string = t.t == T_STRING;
			f->last_number = t.t == T_NUMBER;
			if (open) {
				if (n == cap) {
					if (cap >= MAX_DEPTH)
						return -1;
					struct frame *more = realloc(fs, 2 * cap * sizeof(*fs));
					if (!more)
						return -1;
					fs = more;
					cap *= 2;
				}
				fs[n++] = (struct frame){ .open = open, .line = t.line, .term = T_EOF,
							  .st = open == '{' ? S_NAME : S_FIRST };
			}
			continue;
		case S_AFTER_ELEM:
			if (t.t == T_STRING && f->last_string) {
				f->elem_end = t.end_line;
				continue;
			}
			if (t.t == T_COMMA) {
				f->st = S_ELEM;
				f->comma_line = t.line;
				continue;
			}
			break;
		default:
			break;
		}
		/* A bracket closes where nothing else is wanted, or an empty one. */
		bool may_close = f->st == S_NAME || f->st == S_AFTER_VALUE || f->st == S_FIRST ||
				 f->st == S_AFTER_ELEM;
		if (may_close && f->open && closer_of(t.t) == closer(f->open)) {
			n--;
			fs[n - 1].elem_end = t.line;
			fs[n - 1].last_string = fs[n - 1].last_number = false;
			continue;
		}
		*s = (struct stop){ .t = t, .prev = prev, .f = *f, .depth = (int)n, .after = lx,
				    .outer = n >= 2 ? fs[n - 2].open : 0 };
		return 1;
	}
}

/* ---- what to say ------------------------------------------------------ */

struct out {
	char *msg;
	size_t size;
	int line;		/* of the cause */
};

static void say(struct out *o, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void say(struct out *o, int line, const char *fmt, ...)
{
	int n = snprintf(o->msg, o->size, "syntax error: ");
	va_list ap;
	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < o->size)
		vsnprintf(o->msg + n, o->size - (size_t)n, fmt, ap);
	va_end(ap);
	o->line = line;
}

static const char *kind(char open)
{
	return open == '{' ? "group" : open == '(' ? "list" : "array";
}

static const char *a_kind(char open)
{
	return open == '{' ? "a group" : open == '(' ? "a list" : "an array";
}

/* "line 3" or "lines 3-5", into buf. */
static const char *lines(char buf[32], int from, int to)
{
	if (from == to)
		snprintf(buf, 32, "line %d", from);
	else
		snprintf(buf, 32, "lines %d-%d", from, to);
	return buf;
}

/* At most this much of a name or word goes into a message. */
#define SHOWN 64

static int shown(size_t len)
{
	return len > SHOWN ? SHOWN : (int)len;
}

/* The word as the admin wrote it from s: up to a blank, a punctuation
 * mark, a quote or a comment (at most SHOWN bytes, whole UTF-8 characters). */
static int word_len(const char *s)
{
	size_t n = 0;
	while (n < SHOWN && s[n] && !strchr(" \t\r\n\f\v;,=:{}[]()\"'#\\", s[n]) &&
	       !(s[n] == '/' && (s[n + 1] == '/' || s[n + 1] == '*')) &&
	       ((unsigned char)s[n] >= 0x20 && s[n] != 0x7f))
		n++;
	if (n == SHOWN)
		while (n > 1 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	return (int)n;
}

static void bare_word(struct out *o, int line, const char *s, const char *more)
{
	int n = word_len(s);
	static const char *const not_bools[] = { "yes", "no", "on", "off" };
	bool b = false;
	for (size_t i = 0; i < PNS_ARRAY_SIZE(not_bools); i++)
		b |= (size_t)n == strlen(not_bools[i]) && !strncasecmp(s, not_bools[i], (size_t)n);
	say(o, line, "%.*s is not a value: strings need double quotes: \"%.*s\"%s%s", n, s, n, s,
	    b ? " (booleans are true and false)" : "", more);
}

/* A byte libconfig has no token for. */
static void garbage(struct out *o, const struct tok *t)
{
	unsigned char c = (unsigned char)*t->s;
	if (t->eof_comment)
		say(o, t->line, "the comment on the last line needs a newline after it: libconfig "
		    "refuses a '#' or '//' comment at the very end of the file");
	else if (c == '\'')
		say(o, t->line, "a single quote ('): strings are written in double quotes");
	else if (c == '/' && t->glued && t->s[-1] == '*')
		say(o, t->line, "'*/' closes no comment (a '/*' comment ends at the first '*/': "
		    "comments do not nest)");
	else if (c >= 0x80)
		say(o, t->line, "a non-ASCII character outside a string: names, numbers and "
		    "punctuation are ASCII, only strings may hold other text");
	else if (c < 0x20 || c == 0x7f)
		say(o, t->line, "a control character (byte 0x%02x) outside a string", c);
	else if (c == '_')
		say(o, t->line, "unexpected character '_': a name starts with a letter");
	else
		say(o, t->line, "unexpected character '%c'", c);
}

/* The n-th token after the stop (1: the next one). */
static struct tok peek(const struct stop *s, int n)
{
	struct lex lx = s->after;
	struct tok t = { .t = T_EOF };
	while (n-- > 0)
		lex_next(&lx, &t);
	return t;
}

/* Why the parse stopped at s->t: *o filled; false when it cannot tell. */
static bool explain(const struct stop *s, struct out *o)
{
	const struct tok *t = &s->t;
	const struct frame *f = &s->f;
	const struct tok *nm = &f->name;
	char a[32], b[32];
	bool glued_number = t->glued && s->prev.t == T_NUMBER && f->last_number &&
			    (f->st == S_AFTER_VALUE || f->st == S_AFTER_ELEM);

	if (t->t == T_EOF && s->after.open_comment) {
		say(o, s->after.open_comment, "the '/*' comment opened on this line is never closed "
		    "with '*/'");
		return true;
	}
	/* A number and what is glued to it are one word to the admin. */
	if (glued_number && word_len(s->prev.s) > (int)s->prev.len) {
		bare_word(o, s->prev.line, s->prev.s, "");
		return true;
	}
	if (f->st == S_EQ && f->number) {
		bare_word(o, nm->line, f->number, "");
		return true;
	}
	if (t->t == T_GARBAGE) {
		garbage(o, t);
		return true;
	}
	if (t->t == T_NAME && t->len == 1 && t->s[0] == '*' && t->s[1] == '/') {
		say(o, t->line, "'*/' closes no comment (a '/*' comment ends at the first '*/': "
		    "comments do not nest)");
		return true;
	}

	char close = closer_of(t->t);
	if (close && s->depth == 1) {
		say(o, t->line, "'%c' closes nothing: no bracket is open here", close);
		return true;
	}
	if (close && close != closer(f->open)) {
		say(o, t->line, "'%c' does not match the '%c' opened at line %d", close, f->open, f->line);
		return true;
	}
	if (t->t == T_EOF && s->depth > 1) {
		say(o, f->line, "the '%c' opened here is never closed", f->open);
		return true;
	}
	if (close || t->t == T_EOF) {
		/* A bracket that fits, or the end, where something is wanted. */
		if (f->st == S_EQ || f->st == S_VALUE) {
			say(o, nm->line, "%.*s has no value: a setting is written %.*s = VALUE;",
			    shown(nm->len), nm->s, shown(nm->len), nm->s);
			return true;
		}
		if (f->st == S_ELEM) {
			say(o, f->comma_line, "a ',' after the last element of the %s opened at line %d: "
			    "libconfig accepts none there", kind(f->open), f->line);
			return true;
		}
		return false;
	}

	char open = opener_of(t->t);
	bool value = is_scalar(t->t) || open;
	char eq = (char)(t->t == T_EQUALS ? *t->s : '=');
	switch (f->st) {
	case S_NAME:
	case S_AFTER_VALUE:
		if (t->t == T_SEMI || t->t == T_COMMA) {
			if (f->term != T_EOF)
				say(o, t->line, "a second ';' or ',' after a setting: one may end it, not two");
			else
				say(o, t->line, "'%c' with no setting before it", *t->s);
			return true;
		}
		if (t->t == T_EQUALS) {
			say(o, t->line, "'%c' with no setting name before it", eq);
			return true;
		}
		if (!value)
			return false;
		struct tok next = peek(s, 1);
		if (t->t == T_NUMBER && next.glued && next.t == T_NAME) {
			int n = word_len(t->s);
			say(o, t->line, "%.*s is not a name: a name starts with a letter", n, t->s);
		} else if (open == '{' && f->open == '{' && s->outer == '(') {
			say(o, t->line, "a '{' where a setting name is expected: is the '}' of the group "
			    "opened at line %d missing?", f->line);
		} else if (f->st == S_NAME && f->term == T_COMMA && s->prev.t == T_COMMA) {
			say(o, t->line, "a value with no name after ',': a setting has one value; several "
			    "are written in brackets, [\"a\", \"b\"]");
		} else if (f->open) {
			say(o, t->line, "a value with no name inside the group opened at line %d: a group "
			    "holds settings, NAME = VALUE%s", f->line, open == '{' ? "; a list of groups "
			    "is written ( { ... }, { ... } )" : "");
		} else {
			say(o, t->line, "a value with no name: the file holds settings, NAME = VALUE");
		}
		return true;
	case S_EQ:
		if (value)
			say(o, nm->line, "'=' missing between %.*s and its value", shown(nm->len), nm->s);
		else if (t->t == T_NAME)
			say(o, nm->line, "two names in a row, %.*s and %.*s: a setting is written NAME = VALUE",
			    shown(nm->len), nm->s, shown(t->len), t->s);
		else if (t->t == T_SEMI || t->t == T_COMMA)
			say(o, nm->line, "%.*s has no value: a setting is written %.*s = VALUE;",
			    shown(nm->len), nm->s, shown(nm->len), nm->s);
		else
			return false;
		return true;
	case S_VALUE:
		if (t->t == T_NAME && peek(s, 1).t == T_EQUALS)
			say(o, nm->line, "%.*s has no value: a setting is written %.*s = VALUE;",
			    shown(nm->len), nm->s, shown(nm->len), nm->s);
		else if (t->t == T_NAME)
			bare_word(o, t->line, t->s, "");
		else if (t->t == T_SEMI || t->t == T_COMMA)
			say(o, nm->line, "%.*s has no value: a setting is written %.*s = VALUE;",
			    shown(nm->len), nm->s, shown(nm->len), nm->s);
		else if (t->t == T_EQUALS)
			say(o, t->line, "a second '%c' after %.*s", eq, shown(nm->len), nm->s);
		else
			return false;
		return true;
	case S_FIRST:
	case S_ELEM:
	case S_AFTER_ELEM:
		if (open && f->open == '[') {
			say(o, t->line, "'%c' inside the array opened at line %d: an array holds only "
			    "strings, numbers or booleans; a list, ( ... ), may hold groups, lists and "
			    "arrays", open, f->line);
		} else if (t->t == T_NAME && peek(s, 1).t == T_EQUALS) {
			if (f->st == S_AFTER_ELEM)
				say(o, f->elem_end, "'%c' missing after this line: the %s opened at line %d "
				    "is still open where the setting %.*s starts, at line %d",
				    closer(f->open), kind(f->open), f->line, shown(t->len), t->s, t->line);
			else
				say(o, t->line, "a setting, %.*s %c ..., inside the %s opened at line %d: "
				    "%s holds values only; settings belong in a group, { ... }",
				    shown(t->len), t->s, *peek(s, 1).s, kind(f->open), f->line, a_kind(f->open));
		} else if (t->t == T_NAME) {
			bare_word(o, t->line, t->s, f->st == S_AFTER_ELEM ?
				  ", and a ',' to separate it from the element before" : "");
		} else if (t->t == T_EQUALS) {
			say(o, t->line, "'%c' inside the %s opened at line %d: %s holds values only; "
			    "settings belong in a group, { ... }", eq, kind(f->open), f->line, a_kind(f->open));
		} else if (t->t == T_COMMA) {
			say(o, t->line, f->st == S_FIRST ? "a ',' before the first element of the %s opened "
			    "at line %d" : "two ',' in a row in the %s opened at line %d", kind(f->open),
			    f->line);
		} else if (t->t == T_SEMI) {
			struct tok n1 = peek(s, 1), n2 = peek(s, 2);
			bool ends = n1.t == T_EOF || (n1.t == T_NAME && n2.t == T_EQUALS) ||
				    (closer_of(n1.t) && closer_of(n1.t) == closer(s->outer));
			if (ends && f->st == S_AFTER_ELEM)
				say(o, t->line, "'%c' missing before this ';': the %s opened at line %d is "
				    "still open", closer(f->open), kind(f->open), f->line);
			else
				say(o, t->line, "';' inside the %s opened at line %d: its elements are "
				    "separated by ','", kind(f->open), f->line);
		} else if (value && f->st == S_AFTER_ELEM) {
			say(o, f->elem_end, "',' missing between two elements of the %s opened at line "
			    "%d: the one at %s and the one at %s", kind(f->open), f->line,
			    lines(a, f->elem_start, f->elem_end), lines(b, t->line, t->end_line));
		} else {
			return false;
		}
		return true;
	default:
		return false;
	}
}

int pns_syntax_explain(const char *text, int lc_line, const char *lc_text, char *msg, size_t size)
{
	struct out o = { .msg = msg, .size = size, .line = lc_line };
	if (!size)
		return lc_line;
	if (lc_text && strcmp(lc_text, "syntax error")) {
		say(&o, lc_line, "%s", lc_text);
		return lc_line;
	}
	struct stop s;
	bool told = false;
	/* Only where libconfig stopped too: else our reading is not its. */
	if (parse(text, &s) == 1 && s.t.end_line == lc_line) {
		/* Where a '"' is missing, strings pair up wrong from there on:
		 * the first one that runs past its line is where to look. */
		struct lex rest = s.after;
		struct tok t = s.t;
		while (t.t != T_EOF)
			lex_next(&rest, &t);
		int from = rest.long_string, to = rest.long_string_end;
		if (from && from <= lc_line && (rest.open_string || lc_line <= to)) {
			say(&o, from, "unterminated string: the '\"' opened on this line is not closed "
			    "on it");
			told = true;
		} else {
			told = explain(&s, &o);
		}
	}
	if (!told) {
		snprintf(msg, size, "syntax error");
		return lc_line;
	}
	if (o.line != lc_line) {
		size_t len = strlen(msg);
		snprintf(msg + len, size - len, " (libconfig stopped at line %d)", lc_line);
	}
	return o.line;
}

/* At most 40 bytes of a string token, quotes included, for a message. */
static int quoted(const struct tok *t)
{
	return t->len > 40 ? 40 : (int)t->len;
}

int pns_syntax_lint(const char *text, const char *file, struct pns_diag *d)
{
	struct lex lx = { .p = text, .line = 1 };
	struct tok t, prev = { .t = T_EOF };
	int n = 0;
	for (lex_next(&lx, &t); t.t != T_EOF; prev = t, lex_next(&lx, &t)) {
		if (t.t != T_STRING || prev.t != T_STRING)
			continue;
		pns_diag_add(d, file, t.line, "two strings in a row, %.*s and %.*s, which libconfig reads "
			     "as one string: a ',' is missing between them (if one string was meant, "
			     "write it as one)", quoted(&prev), prev.s, quoted(&t), t.s);
		n++;
	}
	if (lx.open_comment) {
		pns_diag_add(d, file, lx.open_comment, "the '/*' comment opened here is never closed with "
			     "'*/': libconfig ignores everything after it");
		n++;
	}
	if (lx.open_string) {
		pns_diag_add(d, file, lx.open_string, "the string opened here is never closed: libconfig "
			     "ignores everything after it");
		n++;
	}
	return n;
}

/* ---- what libconfig would pay for a text (policy_limits.h) ------------- */

/* A string token's bytes once read: its escapes are one byte each. */
static size_t string_len(const struct tok *t)
{
	size_t n = 0;
	for (size_t i = 1; i + 1 < t->len; i++, n++)
		if (t->s[i] == '\\' && i + 2 < t->len && strchr("nrtf\\\"", t->s[i + 1]))
			i++;
	return n;
}

int pns_syntax_measure(const char *text, const char *file, struct pns_budget *b, struct pns_diag *d)
{
	/* The file (frame 0) and each bracket open: what it is, where it
	 * opened and, for a group or the file, how many settings it has. */
	struct { char open; int line; size_t settings; } fs[PNS_POLICY_DEPTH_MAX + 1];
	size_t n = 1, joined = 0;
	int errors = 0, joined_line = 0;
	bool string_told = false, group_told = false;
	struct lex lx = { .p = text, .line = 1 };
	struct tok t, prev = { .t = T_EOF };
	fs[0].open = 0;
	fs[0].line = 1;
	fs[0].settings = 0;
	for (lex_next(&lx, &t);; prev = t, lex_next(&lx, &t)) {
		char open = opener_of(t.t);
		if (t.t == T_STRING) {
			joined = (prev.t == T_STRING ? joined : 0) + string_len(&t);
			joined_line = prev.t == T_STRING ? joined_line : t.line;
			if (joined > PNS_POLICY_STRING_MAX && !string_told) {
				pns_diag_add(d, file, joined_line, "a string longer than %d bytes: no value "
					     "of a policy is that long (see LIMITS in pam_ns.conf(5))",
					     PNS_POLICY_STRING_MAX);
				string_told = true;
				errors++;
			}
		} else if (t.t == T_EQUALS && prev.t == T_NAME && fs[n - 1].open != '(' &&
			   fs[n - 1].open != '[' && ++fs[n - 1].settings == PNS_POLICY_GROUP_MAX + 1) {
			group_told = true;
			pns_diag_add(d, file, fs[n - 1].line, "%s holds more than %d settings: libconfig's "
				     "cost grows with the square of a group's size; split it over "
				     "drop-ins (see LIMITS in pam_ns.conf(5))",
				     n == 1 ? "the file" : "this group", PNS_POLICY_GROUP_MAX);
			errors++;
		} else if (open && n == PNS_POLICY_DEPTH_MAX) {
			pns_diag_add(d, file, t.line, "brackets nested more than %d deep: no policy "
				     "setting is (see LIMITS in pam_ns.conf(5))", PNS_POLICY_DEPTH_MAX);
			return errors + 1;
		} else if (open) {
			fs[n].open = open;
			fs[n].line = t.line;
			fs[n++].settings = 0;
		}
		/* A group ends (any closer: a mismatch is libconfig's to report),
		 * or the text and with it whatever is still open. */
		while ((closer_of(t.t) && n > 1) || (t.t == T_EOF && n > 0)) {
			n--;
			unsigned long long s = fs[n].settings;
			b->group_work += s * s;
			/* (A group over PNS_POLICY_GROUP_MAX has said enough.) */
			if (b->group_work > PNS_POLICY_GROUP_WORK_MAX && !b->told_work && !group_told) {
				pns_diag_add(d, file, fs[n].line, "the policy's groups hold too many settings "
					     "in all: libconfig's cost grows with the square of each group's "
					     "size, and this one passes the limit of %llu for the whole "
					     "policy; define fewer sets or rules (see LIMITS in "
					     "pam_ns.conf(5))", PNS_POLICY_GROUP_WORK_MAX);
				b->told_work = true;
				errors++;
			}
			if (t.t != T_EOF)
				break;
		}
		if (t.t == T_EOF)
			return errors;
	}
}
