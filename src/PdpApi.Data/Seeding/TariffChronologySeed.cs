namespace PdpApi.Data.Seeding;

/// <summary>Reads Section 4.1's chronology (tariff-chronology.csv) and price-band products (price-band-products.csv).</summary>
internal static class TariffChronologySeed
{
    private static readonly string[] ChangeColumns =
    [
        "id", "item", "year", "month", "day", "instrument", "instrument_number", "description", "rates_percent",
        "lines_affected_count", "lines_affected_as_printed", "lines_affected_share_percent", "source_id", "paper_line",
        "footnotes", "note",
    ];

    private static readonly string[] ProductColumns =
    [
        "id", "product_group", "hs_products", "status", "status_year", "status_month", "ad_valorem_equivalent_1999_percent",
        "ad_valorem_equivalent_1999_as_printed", "equivalent_null_reason", "source_id", "paper_line", "footnotes", "note",
    ];

    public static List<TariffChange> ReadChanges(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var changes = new List<TariffChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "tariff-chronology.csv", ChangeColumns, errors).Rows)
        {
            var change = new TariffChange
            {
                Id = row.Text("id"),
                Item = row.OptionalText("item"),
                Position = changes.Count + 1,
                Year = row.OptionalInt("year", 1900, 2100),
                Month = row.OptionalInt("month", 1, 12),
                Day = row.OptionalInt("day", 1, 31),
                Instrument = row.OptionalText("instrument"),
                InstrumentNumber = row.OptionalText("instrument_number"),
                Description = row.Text("description"),
                RatesPercent = row.Numbers("rates_percent"),
                LinesAffected = row.OptionalInt("lines_affected_count", 0, int.MaxValue),
                LinesAffectedAsPrinted = row.OptionalText("lines_affected_as_printed"),
                LinesAffectedSharePercent = row.OptionalDouble("lines_affected_share_percent"),
                Provenance = row.Provenance(sourceIds),
                SearchText = "",
            };
            change.SearchText = TextKey.Fold(change.Description + " | " + change.InstrumentNumber);
            SeedLoader.CheckUnique(seen, change.Id, row, "id");
            changes.Add(change);
        }
        return changes;
    }

    public static List<PriceBandProduct> ReadProducts(string directory, IReadOnlySet<string> sourceIds, SeedErrors errors)
    {
        var products = new List<PriceBandProduct>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in SeedCsv.Read(directory, "price-band-products.csv", ProductColumns, errors).Rows)
        {
            var (equivalent, reason) = row.ValueOrReason("ad_valorem_equivalent_1999_percent", "equivalent_null_reason");
            var id = row.Text("id");
            var product = new PriceBandProduct
            {
                Id = id,
                ProductGroup = row.Text("product_group"),
                Status = row.Enum<PriceBandStatus>("status"),
                StatusYear = row.Int("status_year", min: 1900),
                StatusMonth = row.OptionalInt("status_month", 1, 12),
                AdValoremEquivalent1999Percent = equivalent,
                AdValoremEquivalent1999AsPrinted = row.OptionalText("ad_valorem_equivalent_1999_as_printed"),
                EquivalentNullReason = reason,
                Provenance = row.Provenance(sourceIds),
            };
            foreach (var pair in row.List("hs_products"))
            {
                var parts = pair.Split(':');
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || !parts[1].All(char.IsAsciiDigit))
                    row.Error("hs_products", $"'{pair}' is not 'product:HS code' with a code of digits.");
                else
                    product.HsProducts.Add(new PriceBandHsProduct { ProductGroupId = id, Position = product.HsProducts.Count + 1, Product = parts[0], HsCode = parts[1] });
            }
            SeedLoader.CheckUnique(seen, product.Id, row, "id");
            products.Add(product);
        }
        return products;
    }
}
