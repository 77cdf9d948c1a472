/* check_times.c - unit tests of the time stage (extract/times.c): every
 * form of gazetteers/timex.tsv and GUIDELINES "Times", positive and
 * negative, with the normalized value asserted. Sentences are written for
 * the tests in Indonesian news style. */
#include "testutil.h"

/* The k-th (0-based) time whose text is `text`, or NULL. */
static const nr_time *find_nth(const nr_doc *d, const char *text, int k)
{
    for (size_t i = 0; i < d->times.n; i++) {
        const nr_time *t = &d->times.v[i];
        if (strcmp(tu_str(d, t->start, t->end), text) == 0 && k-- == 0)
            return t;
    }
    return NULL;
}

static const nr_time *find(const nr_doc *d, const char *text) { return find_nth(d, text, 0); }

/* Asserts that `text` was found with `value` (and TIME or DATE). */
static void expect(const nerid_result *r, const char *text, const char *value, bool is_time)
{
    const nr_time *t = find(&r->doc, text);
    ck_assert_msg(t != NULL, "time \"%s\" not found", text);
    ck_assert_str_eq(t->value, value);
    ck_assert_msg(t->is_time == is_time, "\"%s\": wrong type", text);
}

/* Asserts that no time overlaps the first occurrence of `text`. */
static void expect_none(const nerid_result *r, const char *text)
{
    const nr_doc *d = &r->doc;
    const char *p = strstr(d->text, text);
    ck_assert_msg(p != NULL, "test text lacks \"%s\"", text);
    uint32_t s = (uint32_t)(p - d->text), e = s + (uint32_t)strlen(text);
    for (size_t i = 0; i < d->times.n; i++)
        ck_assert_msg(d->times.v[i].end <= s || d->times.v[i].start >= e,
                      "unexpected time \"%s\" in \"%s\"",
                      tu_str(d, d->times.v[i].start, d->times.v[i].end), text);
}

START_TEST(dateline_kompas)
{
    nerid_result *r = tu_run("Judul Berita\n\nKompas.com - 26/07/2023, 15:11 WIB\n"
                             "Penulis Satu\n\nJAKARTA, KOMPAS.com - Rapat digelar hari ini.\n", NULL);
    expect(r, "26/07/2023, 15:11 WIB", "2023-07-26T15:11+07:00", true);
    ck_assert_str_eq(find(&r->doc, "26/07/2023, 15:11 WIB")->rule, "time.dateline");
    ck_assert_str_eq(r->doc.meta.published, "2023-07-26T15:11+07:00");
    ck_assert_int_eq(r->doc.anchor.year, 2023);
    ck_assert_int_eq(r->doc.anchor.day, 26);
    expect(r, "hari ini", "2023-07-26", false);
    nerid_result_free(r);
}
END_TEST

START_TEST(dateline_forms)
{
    static const struct { const char *line, *text, *value; } C[] = {
        {"Kamis, 17 Okt 2024 15:40 WIB", "Kamis, 17 Okt 2024 15:40 WIB", "2024-10-17T15:40+07:00"},
        {"Rabu, 26 Juli 2023 | 15:11 WIB", "Rabu, 26 Juli 2023 | 15:11 WIB", "2023-07-26T15:11+07:00"},
        {"pada 26 Jul 2023, 15:11 WIB", "26 Jul 2023, 15:11 WIB", "2023-07-26T15:11+07:00"},
        {"Selasa, 10 Sep 2024 12:00 WIB", "Selasa, 10 Sep 2024 12:00 WIB", "2024-09-10T12:00+07:00"},
        {"Senin, 11 Maret 2024 10:00 WITA", "Senin, 11 Maret 2024 10:00 WITA", "2024-03-11T10:00+08:00"},
        {"Kamis, 8 Agustus 2024 20:10 WIT", "Kamis, 8 Agustus 2024 20:10 WIT", "2024-08-08T20:10+09:00"},
        {"Kamis, 4 April 2024 | 14:35", "Kamis, 4 April 2024 | 14:35", "2024-04-04T14:35"},
        {"Rabu, 13 September 2023 / 16:05 WIB", "Rabu, 13 September 2023 / 16:05 WIB", "2023-09-13T16:05+07:00"},
    };
    for (size_t k = 0; k < sizeof C / sizeof *C; k++) {
        char buf[512];
        snprintf(buf, sizeof buf, "Judul\n\n%s\n\nJakarta - Isi berita.\n", C[k].line);
        nerid_result *r = tu_run(buf, NULL);
        expect(r, C[k].text, C[k].value, true);
        ck_assert_str_eq(r->doc.meta.published, C[k].value);
        nerid_result_free(r);
    }
}
END_TEST

START_TEST(dateline_date_only)
{
    nerid_result *r = tu_run("Judul\n\nSelasa, 5 Maret 2024\n\nJakarta - Banjir datang kemarin.\n", NULL);
    expect(r, "Selasa, 5 Maret 2024", "2024-03-05", false);
    ck_assert_str_eq(r->doc.meta.published, "2024-03-05");
    expect(r, "kemarin", "2024-03-04", false);
    nerid_result_free(r);
}
END_TEST

START_TEST(dates_numeric)
{
    nerid_result *r = tu_run("Rabu, 26 Juli 2023 15:11 WIB\n\n"
                             "Ia ditemui di Jakarta, Rabu (26/7/2023). Rapat lanjutan pada Jumat (24/2). "
                             "Surat tertanggal 24-7-2023 sudah diterima, juga surat 2023-07-20.\n", NULL);
    expect(r, "Rabu (26/7/2023)", "2023-07-26", false);
    ck_assert_str_eq(find(&r->doc, "Rabu (26/7/2023)")->rule, "time.weekday-dm");
    ck_assert_ptr_null(find(&r->doc, "Rabu (26/7/2023)")->check);
    expect(r, "Jumat (24/2)", "2023-02-24", false);
    expect(r, "24-7-2023", "2023-07-24", false);
    expect(r, "2023-07-20", "2023-07-20", false);
    nerid_result_free(r);
}
END_TEST

START_TEST(short_date_year_from_anchor)
{
    nerid_result *r = tu_run("Rabu, 1 Maret 2023 13:05 WIB\n\nRapat digelar pada Senin (6/3) dan Jumat (24/2).\n", NULL);
    expect(r, "Senin (6/3)", "2023-03-06", false);
    expect(r, "Jumat (24/2)", "2023-02-24", false);
    nerid_result_free(r);
    /* more than half a year away from the anchor: the next year's */
    r = tu_run("Kamis, 28 Desember 2023 10:00 WIB\n\nLibur sampai Selasa (2/1).\n", NULL);
    expect(r, "Selasa (2/1)", "2024-01-02", false);
    ck_assert_ptr_null(find(&r->doc, "Selasa (2/1)")->check);
    nerid_result_free(r);
}
END_TEST

START_TEST(placeholder_without_anchor)
{
    nerid_result *r = tu_run("Pelatihan digelar pada Jumat (24/2) di Jakarta. Target naik pada Maret.\n", NULL);
    expect(r, "Jumat (24/2)", "XXXX-02-24", false);
    expect(r, "Maret", "XXXX-03", false);
    ck_assert_ptr_null(r->doc.meta.published);
    nerid_result_free(r);
    /* relatives need an anchor: skipped */
    r = tu_run("Kami sudah bertemu kemarin di kantor.\n", NULL);
    ck_assert_int_eq((int)r->doc.times.n, 0);
    nerid_result_free(r);
}
END_TEST

START_TEST(ref_date_option)
{
    nerid_result *r = tu_run("Kami sudah bertemu kemarin. Pelatihan pada Jumat (24/2).\n", "2023-03-01");
    expect(r, "kemarin", "2023-02-28", false);
    expect(r, "Jumat (24/2)", "2023-02-24", false);
    ck_assert_ptr_null(r->doc.meta.published);
    nerid_result_free(r);
    /* the text's dateline wins over the option */
    r = tu_run("Judul\n\nSelasa, 10 Sep 2024 12:00 WIB\n\nRapat digelar besok.\n", "2023-03-01");
    expect(r, "besok", "2024-09-11", false);
    nerid_result_free(r);
}
END_TEST

START_TEST(dates_words)
{
    nerid_result *r = tu_run("Senin, 11 Maret 2024 10:00 WITA\n\n"
                             "Tiket dijual sejak 1 Maret 2023. Foto diambil 17 Okt 2024 di pasar. "
                             "Inflasi Maret 2023 naik, lebih tinggi dari Januari 2023 dan Feb. 2023. "
                             "Harga naik sejak awal Februari. Peringatan digelar 17 Agustus. "
                             "Laporan terbit March 5, 2024 di situs resmi.\n", NULL);
    expect(r, "1 Maret 2023", "2023-03-01", false);
    expect(r, "17 Okt 2024", "2024-10-17", false);
    expect(r, "Maret 2023", "2023-03", false);
    expect(r, "Januari 2023", "2023-01", false);
    expect(r, "Feb. 2023", "2023-02", false);
    expect(r, "Februari", "2024-02", false);
    expect(r, "17 Agustus", "2024-08-17", false);
    expect(r, "March 5, 2024", "2024-03-05", false);
    nerid_result_free(r);
}
END_TEST

START_TEST(months_all_spellings)
{
    static const struct { const char *m; int n; } C[] = {
        {"Jan", 1}, {"Feb", 2}, {"Mar", 3}, {"Apr", 4}, {"Mei", 5}, {"May", 5}, {"Jun", 6},
        {"Jul", 7}, {"Agu", 8}, {"Agt", 8}, {"Ags", 8}, {"Aug", 8}, {"Sep", 9}, {"Sept", 9},
        {"Okt", 10}, {"Oct", 10}, {"Nov", 11}, {"Des", 12}, {"Dec", 12}, {"Agustus", 8},
        {"Desember", 12}, {"Juni", 6},
    };
    for (size_t k = 0; k < sizeof C / sizeof *C; k++) {
        char buf[256], text[64], val[16];
        snprintf(buf, sizeof buf, "Acara itu digelar 3 %s 2022 di Bandung.\n", C[k].m);
        snprintf(text, sizeof text, "3 %s 2022", C[k].m);
        snprintf(val, sizeof val, "2022-%02d-03", C[k].n);
        nerid_result *r = tu_run(buf, NULL);
        expect(r, text, val, false);
        nerid_result_free(r);
    }
}
END_TEST

START_TEST(years_quarters_periods)
{
    nerid_result *r = tu_run("Selasa, 10 Sep 2024 12:00 WIB\n\n"
                             "Target itu dicapai hingga tahun 2024. Pada 2021, inflasi rendah. "
                             "Stok aman jelang Idul Fitri 2023. Laba naik pada kuartal I 2024 dan "
                             "triwulan II-2023, juga semester I 2024. Ia anggota DPR periode 2014-2019.\n", NULL);
    expect(r, "tahun 2024", "2024", false);
    expect(r, "Pada 2021", "2021", false);
    expect(r, "2023", "2023", false);
    expect(r, "kuartal I 2024", "2024-Q1", false);
    expect(r, "triwulan II-2023", "2023-Q2", false);
    expect(r, "semester I 2024", "2024-H1", false);
    expect(r, "periode 2014-2019", "2014/2019", false);
    ck_assert_str_eq(find(&r->doc, "periode 2014-2019")->rule, "time.year-range");
    nerid_result_free(r);
}
END_TEST

START_TEST(clock_times)
{
    nerid_result *r = tu_run("Judul\n\nRabu, 26 Juli 2023 | 15:11 WIB\n\n"
                             "Rapat dimulai pukul 10.00 WIB di Jakarta. "
                             "Di Makassar apel digelar 10:00 WITA. Di Jayapura pemadaman pukul 19.30 WIT. "
                             "Ia tiba jam 10 di kantor.\n", NULL);
    expect(r, "pukul 10.00 WIB", "2023-07-26T10:00+07:00", true);
    ck_assert_str_eq(find(&r->doc, "pukul 10.00 WIB")->rule, "time.clock-zone");
    ck_assert_str_eq(find(&r->doc, "pukul 10.00 WIB")->tz, "WIB");
    expect(r, "10:00 WITA", "2023-07-26T10:00+08:00", true);
    expect(r, "pukul 19.30 WIT", "2023-07-26T19:30+09:00", true);
    expect(r, "jam 10", "2023-07-26T10:00", true);
    nerid_result_free(r);
}
END_TEST

START_TEST(clock_ranges)
{
    nerid_result *r = tu_run("Judul\n\nJumat, 23 Februari 2024 14:05 WIB\n\n"
                             "Rapat yang digelar pukul 10.00-12.15 WIB itu membahas beras. "
                             "Pertemuan kedua berlangsung 13.00 hingga 15.30 WITA. "
                             "Acara dimulai pukul 08.00 WIB hingga pukul 09.15 WIB.\n", NULL);
    expect(r, "pukul 10.00", "2024-02-23T10:00+07:00", true);
    expect(r, "12.15 WIB", "2024-02-23T12:15+07:00", true);
    expect(r, "13.00", "2024-02-23T13:00+08:00", true);
    expect(r, "15.30 WITA", "2024-02-23T15:30+08:00", true);
    expect(r, "pukul 08.00 WIB", "2024-02-23T08:00+07:00", true);
    expect(r, "pukul 09.15 WIB", "2024-02-23T09:15+07:00", true);
    nerid_result_free(r);
}
END_TEST

START_TEST(clock_date_from_context)
{
    nerid_result *r = tu_run("Judul\n\nKamis, 8 Agustus 2024 20:10 WIT\n\n"
                             "Pemadaman terjadi Rabu (7/8/2024) malam. Pemadaman dimulai pukul 19.30 WIT.\n\n"
                             "Gardu dibuka mulai pukul 06.00 WIB pada Jumat (9/8/2024).\n\n"
                             "Jadwal tetap pukul 18.00 WIT.\n\n"
                             "Apel digelar Minggu (4/8/2024), pukul 08.15 WITA.\n\n"
                             "Apel lain digelar Sabtu (3/8/2024) sekira pukul 04.40 WITA.\n", NULL);
    expect(r, "pukul 19.30 WIT", "2024-08-07T19:30+09:00", true);
    expect(r, "pukul 06.00 WIB", "2024-08-09T06:00+07:00", true);
    expect(r, "pukul 18.00 WIT", "2024-08-08T18:00+09:00", true);
    expect(r, "Minggu (4/8/2024), pukul 08.15 WITA", "2024-08-04T08:15+08:00", true);
    ck_assert_str_eq(find(&r->doc, "Minggu (4/8/2024), pukul 08.15 WITA")->rule, "time.datetime");
    expect(r, "Sabtu (3/8/2024)", "2024-08-03", false);
    expect(r, "pukul 04.40 WITA", "2024-08-03T04:40+08:00", true);
    nerid_result_free(r);
}
END_TEST

START_TEST(relative_days)
{
    nerid_result *r = tu_run("Judul\n\nSelasa, 5 Maret 2024 16:20 WIB\n\n"
                             "Hujan turun kemarin sore. Hari ini hingga besok masih hujan, lusa cerah. "
                             "Banjir serupa terjadi kemarin lusa.\n\n"
                             "\"Kemarin kami menerima 48 aduan,\" ujarnya di Jakarta, Senin (4/3/2024).\n", NULL);
    expect(r, "kemarin", "2024-03-04", false);
    expect(r, "Hari ini", "2024-03-05", false);
    expect(r, "besok", "2024-03-06", false);
    expect(r, "lusa", "2024-03-07", false);
    expect(r, "kemarin lusa", "2024-03-03", false);
    /* inside a quote: the day of the attribution */
    expect(r, "Kemarin", "2024-03-03", false);
    ck_assert_str_eq(find(&r->doc, "Kemarin")->rule, "time.rel-day");
    nerid_result_free(r);
    /* an attribution naming only the weekday */
    r = tu_run("Judul\n\nSenin, 10 Februari 2025 09:00 WITA\n\n"
               "\"Besok pagi kami lanjutkan,\" kata Yohanes, Minggu malam.\n", NULL);
    expect(r, "Minggu", "2025-02-09", false);
    expect(r, "Besok", "2025-02-10", false);
    nerid_result_free(r);
    /* a line ends a quotation left open: the next line's day is outside */
    r = tu_run("Judul\n\nSelasa, 5 Maret 2024 16:20 WIB\n\n"
               "\"Kami sudah siap sejak pagi\n"
               "Kemarin hujan deras di Bogor, Senin (4/3/2024).\n", NULL);
    expect(r, "Kemarin", "2024-03-04", false);
    nerid_result_free(r);
}
END_TEST

START_TEST(relative_units)
{
    nerid_result *r = tu_run("Judul\n\nJumat, 23 Februari 2024 14:05 WIB\n\n"
                             "Harga turun pekan lalu dan naik lagi pekan depan. Bulan lalu stok aman, "
                             "bulan depan panen. Tahun lalu impor besar, tahun depan tidak, tahun ini cukup. "
                             "Proyek itu selesai dua tahun lalu.\n", NULL);
    expect(r, "pekan lalu", "2024-02-12/2024-02-18", false);
    expect(r, "pekan depan", "2024-02-26/2024-03-03", false);
    expect(r, "Bulan lalu", "2024-01", false);
    expect(r, "bulan depan", "2024-03", false);
    expect(r, "Tahun lalu", "2023", false);
    expect(r, "tahun depan", "2025", false);
    expect(r, "tahun ini", "2024", false);
    expect_none(r, "dua tahun lalu");
    nerid_result_free(r);
}
END_TEST

START_TEST(weekdays)
{
    nerid_result *r = tu_run("Judul\n\nJumat, 23 Februari 2024 14:05 WIB\n\n"
                             "\"Harga naik,\" kata Ujang, ditemui di lapaknya, Kamis. "
                             "Hal itu ia sampaikan di Jakarta, Jumat. Rapat akan digelar Senin di DPR. "
                             "Warga berbelanja di Pasar Minggu dan Pasar Jumat. Jum'at (16/2) ia libur.\n", NULL);
    expect(r, "Kamis", "2024-02-22", false);
    expect(r, "Jumat", "2024-02-23", false);
    expect(r, "Senin", "2024-02-26", false);
    expect(r, "Jum'at (16/2)", "2024-02-16", false);
    expect_none(r, "Pasar Minggu");
    expect_none(r, "Pasar Jumat");
    nerid_result_free(r);
}
END_TEST

START_TEST(weekday_mismatch)
{
    nerid_result *r = tu_run("Rapat digelar Selasa (26/7/2023) di Jakarta. Lalu Rabu (26/7/2023) juga.\n", NULL);
    const nr_time *t = find(&r->doc, "Selasa (26/7/2023)");
    ck_assert_ptr_nonnull(t);
    ck_assert_str_eq(t->value, "2023-07-26");
    ck_assert_str_eq(t->check, "weekday_mismatch");
    ck_assert_ptr_null(find(&r->doc, "Rabu (26/7/2023)")->check);
    nerid_result_free(r);
}
END_TEST

START_TEST(not_times)
{
    nerid_result *r = tu_run("Judul\n\nSelasa, 10 Sep 2024 12:00 WIB\n\n"
                             "Nilai beras mencapai Rp 4,28 miliar atau naik 12,5 persen. "
                             "Haji Mursid (59) berdagang. PSM menang 2-1 atas tamunya. "
                             "Hubungi 022-1234567 atau 112. Aturan itu ada di UU Nomor 11 Tahun 2020 "
                             "dan PP No. 5 Tahun 2021. Sebanyak 2000 orang hadir, 1.036 petugas siaga. "
                             "Harga Rp 2024 per butir. COPYRIGHT © ANTARA 2023. "
                             "Ia bekerja selama 2 jam 15 menit, buka 24 jam. Skor 10.00 poin. "
                             "Putusan MK Nomor 37/PUU-XVIII/2020 dibacakan. "
                             "Kadar air naik 2025 % dari batas. Harga US$ 2019 per ton.\n", NULL);
    expect_none(r, "Rp 4,28 miliar");
    expect_none(r, "12,5 persen");
    expect_none(r, "(59)");
    expect_none(r, "2-1");
    expect_none(r, "022-1234567");
    expect_none(r, "UU Nomor 11 Tahun 2020");
    expect_none(r, "PP No. 5 Tahun 2021");
    expect_none(r, "2000 orang");
    expect_none(r, "1.036 petugas");
    expect_none(r, "Rp 2024");
    expect_none(r, "ANTARA 2023");
    expect_none(r, "2 jam 15 menit");
    expect_none(r, "24 jam");
    expect_none(r, "10.00 poin");
    expect_none(r, "37/PUU-XVIII/2020");
    /* list words that are no words ("%", "$"): found like the others */
    expect_none(r, "2025 %");
    expect_none(r, "2019 per ton");
    nerid_result_free(r);
}
END_TEST

START_TEST(vague_words_never)
{
    nerid_result *r = tu_run("Judul\n\nSelasa, 10 Sep 2024 12:00 WIB\n\n"
                             "Saat ini harga stabil, sekarang stok cukup. Belum lama ini ia datang "
                             "dan sejak awal bulan ia berjualan.\n", NULL);
    ck_assert_int_eq((int)r->doc.times.n, 1); /* only the dateline */
    nerid_result_free(r);
}
END_TEST

START_TEST(clutter_skipped)
{
    nerid_result *r = tu_run("Judul\n\nSelasa, 10 Sep 2024 12:00 WIB\n\n"
                             "Jakarta - Isi berita.\n\nBaca juga: Harga Naik pada 31 Mei 2024\n", NULL);
    expect_none(r, "31 Mei 2024");
    nerid_result_free(r);
    nerid_options o;
    nerid_options_init(&o);
    o.keep_clutter = 1;
    nerid_error err;
    const char *txt = "Judul\n\nJakarta - Isi.\n\nBaca juga: Harga Naik pada 31 Mei 2024\n";
    r = nerid_extract(tu_model(), txt, strlen(txt), "t", &o, &err);
    ck_assert_ptr_nonnull(r);
    expect(r, "31 Mei 2024", "2024-05-31", false);
    nerid_result_free(r);
}
END_TEST

/* A long run of digits and separators must be scanned in linear time and
 * produce no time. */
START_TEST(long_number_run)
{
    size_t n = 2u << 20;
    char *big = malloc(n + 1);
    ck_assert_ptr_nonnull(big);
    for (size_t i = 0; i < n; i++)
        big[i] = (i % 3 == 2) ? '.' : (char)('0' + i % 10);
    big[n] = '\0';
    nerid_result *r = tu_run(big, NULL);
    ck_assert_int_eq((int)r->doc.times.n, 0);
    nerid_result_free(r);
    free(big);
}
END_TEST

/* The shared dev article, when present: every gold time found. */
START_TEST(dev_article)
{
    char *txt = tu_slurp(TOP_SRCDIR "/../shared/corpus-dev/raw/seed_kompas_project_s.txt", NULL);
    if (!txt)
        return; /* ../shared absent: nothing to check */
    nerid_result *r = tu_run(txt, NULL);
    expect(r, "26/07/2023, 15:11 WIB", "2023-07-26T15:11+07:00", true);
    expect(r, "Rabu (26/7/2023)", "2023-07-26", false);
    expect(r, "tahun 2024", "2024", false);
    ck_assert_ptr_nonnull(find_nth(&r->doc, "pukul 10.00 WIB", 1));
    expect(r, "pukul 12.15 WIB", "2023-07-26T12:15+07:00", true);
    ck_assert_str_eq(r->doc.meta.published, "2023-07-26T15:11+07:00");
    nerid_result_free(r);
    free(txt);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("times");
    TCase *c = tcase_create("core");
    tcase_set_timeout(c, 60);
    tcase_add_test(c, dateline_kompas);
    tcase_add_test(c, dateline_forms);
    tcase_add_test(c, dateline_date_only);
    tcase_add_test(c, dates_numeric);
    tcase_add_test(c, short_date_year_from_anchor);
    tcase_add_test(c, placeholder_without_anchor);
    tcase_add_test(c, ref_date_option);
    tcase_add_test(c, dates_words);
    tcase_add_test(c, months_all_spellings);
    tcase_add_test(c, years_quarters_periods);
    tcase_add_test(c, clock_times);
    tcase_add_test(c, clock_ranges);
    tcase_add_test(c, clock_date_from_context);
    tcase_add_test(c, relative_days);
    tcase_add_test(c, relative_units);
    tcase_add_test(c, weekdays);
    tcase_add_test(c, weekday_mismatch);
    tcase_add_test(c, not_times);
    tcase_add_test(c, vague_words_never);
    tcase_add_test(c, clutter_skipped);
    tcase_add_test(c, long_number_run);
    tcase_add_test(c, dev_article);
    suite_add_tcase(s, c);
    return s;
}

int main(void) { return tu_main(suite()); }
