/* The namespace type table: names, flags, entry order. */
#include <sched.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "common/nstype.h"

static void names_round_trip(void **state)
{
	(void)state;
	for (int t = 0; t < PNS_NTYPES; t++)
		assert_int_equal(pns_type_by_name(pns_types[t].name), t);
	assert_int_equal(pns_type_by_name("user"), -1);
	assert_int_equal(pns_type_by_name("NET"), -1);
	assert_int_equal(pns_type_by_name(NULL), -1);
	assert_int_equal(pns_types[PNS_NET].clone_flag, CLONE_NEWNET);
	assert_int_equal(pns_types[PNS_MNT].clone_flag, CLONE_NEWNS);
}

static void mnt_is_entered_last(void **state)
{
	(void)state;
	/* Pin paths resolve in the current mount namespace: every other type
	 * must come first in the table every code path walks. */
	assert_int_equal(PNS_MNT, PNS_NTYPES - 1);
	assert_string_equal(pns_types[PNS_PID].proc_entry, "pid_for_children");
	assert_string_equal(pns_types[PNS_TIME].proc_entry, "time_for_children");
}

static void mask_strings(void **state)
{
	(void)state;
	char buf[64];
	assert_string_equal(pns_mask_str(0, buf, sizeof(buf)), "-");
	assert_string_equal(pns_mask_str(PNS_BIT(PNS_NET) | PNS_BIT(PNS_MNT), buf, sizeof(buf)), "net,mnt");
	assert_string_equal(pns_mask_str(PNS_ALL_TYPES, buf, sizeof(buf)),
			    "cgroup,ipc,uts,net,pid,time,mnt");
	char tiny[5];
	pns_mask_str(PNS_ALL_TYPES, tiny, sizeof(tiny));
	assert_true(strlen(tiny) < sizeof(tiny));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(names_round_trip),
		cmocka_unit_test(mnt_is_entered_last),
		cmocka_unit_test(mask_strings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
