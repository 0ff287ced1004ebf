"""English date formats (FORMAT_MODULE_PATH): day before month, as in British English, not
Django's American default («Dec. 4, 2026»)."""

DATE_FORMAT = "j F Y"  # 4 December 2026
DATETIME_FORMAT = "j F Y, H:i"  # 4 December 2026, 14:05
MONTH_DAY_FORMAT = "j F"  # 4 December
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
