"""Nynorsk date formats (FORMAT_MODULE_PATH); Django's own nn formats fill in the rest."""

DATE_FORMAT = "j. F Y"  # 4. desember 2026
DATETIME_FORMAT = r"j. F Y \k\l. H:i"  # 4. desember 2026 kl. 14:05
MONTH_DAY_FORMAT = "j. F"  # 4. desember
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATE_FORMAT = "d.m.Y"
