using Lebenswelten.Core.Sites;

namespace Lebenswelten.Core.Needs;

/// <summary>
/// Residents per district and year from CSV (district, year, residents[, age_band, sex]; docs/*/needs); all rows or none.
/// A line without age band and sex is the district's total.
/// </summary>
public sealed class PopulationImport(LebensweltenDbContext db)
{
    /// <summary>Checks every line and shows what each would store and replace; stores nothing.</summary>
    public async Task<DistrictImportPreview> PreviewAsync(Guid siteId, string text, CancellationToken ct = default)
    {
        var (rows, errors) = await CheckAsync(siteId, text, ct);
        if (errors.Count > 0)
        {
            return new([], errors);
        }
        var stored = await StoredAsync(rows, ct);
        var names = await db.Districts.AsNoTracking().Where(d => d.SiteId == siteId).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return new(rows.OrderBy(r => r.Value.Line).Select(r => new DistrictImportLine(r.Value.Line, names[r.Key.District], r.Key.Year,
            r.Key.Age, r.Key.Sex, r.Value.Residents, stored.GetValueOrDefault(r.Key)?.Residents, !stored.ContainsKey(r.Key))).ToList(), []);
    }

    /// <param name="source">Whom the figures come from (the statistics office), credited on the site's page; null keeps the credit.</param>
    public async Task<DistrictImportResult> ImportAsync(Guid siteId, string text, CancellationToken ct = default, string? source = null)
    {
        var (rows, errors) = await CheckAsync(siteId, text, ct);
        if (source?.Trim().Length > Site.MaxSourceLength)
        {
            errors.Add(new(0, "Import.SourceTooLong"));
        }
        if (errors.Count > 0)
        {
            return new(0, 0, errors);
        }
        if (!string.IsNullOrWhiteSpace(source) && await db.Sites.FindAsync([siteId], ct) is { } site)
        {
            site.PopulationSource = source.Trim();
        }
        return await StoreAsync(rows, ct);
    }

    private async Task<(Dictionary<(Guid District, int Year, string Age, string Sex), (int Line, int Residents)> Rows, List<ImportError> Errors)>
        CheckAsync(Guid siteId, string text, CancellationToken ct)
    {
        var csv = CsvTable.Read(text);
        var errors = new[] { "district", "year", "residents" }.Where(c => !csv.Has(c))
            .Select(c => new ImportError(1, "Import.MissingColumn", c)).ToList();
        if (errors.Count > 0 || csv.Lines.Count == 0)
        {
            return ([], errors.Count > 0 ? errors : [new(1, "Import.Empty")]);
        }
        var districts = await DistrictLookup.LoadAsync(db, siteId, ct);
        var rows = new Dictionary<(Guid, int, string, string), (int Line, int Residents)>();
        foreach (var line in csv.Lines)
        {
            var before = errors.Count;
            if (!districts.TryFind(line.Get("district"), out var district))
            {
                errors.Add(new(line.Line, "Import.UnknownDistrict", line.Get("district")));
            }
            if (!int.TryParse(line.Get("year"), out var year) || year is < IndicatorCsv.FirstYear or > IndicatorCsv.LastYear)
            {
                errors.Add(new(line.Line, "Import.BadYear", line.Get("year")));
            }
            if (!int.TryParse(line.Get("residents"), out var residents) || residents < 0)
            {
                errors.Add(new(line.Line, "Import.NotACount", line.Get("residents")));
            }
            var (ageBand, sex) = (PopulationBreakdown.AgeBand(line.Get("age_band")), PopulationBreakdown.Sex(line.Get("sex")));
            if (ageBand is null)
            {
                errors.Add(new(line.Line, "Import.BadAgeBand", line.Get("age_band")));
            }
            if (sex is null)
            {
                errors.Add(new(line.Line, "Import.BadSex", line.Get("sex")));
            }
            var key = (district.Id, year, ageBand ?? "", sex ?? "");
            if (errors.Count == before && !rows.TryAdd(key, (line.Line, residents)))
            {
                errors.Add(new(line.Line, "Import.DuplicateRow", $"{district.Name} {year} {ageBand} {sex}".TrimEnd()));
            }
        }
        return (rows, errors);
    }

    private async Task<Dictionary<(Guid, int, string, string), DistrictPopulation>> StoredAsync(
        Dictionary<(Guid District, int Year, string Age, string Sex), (int Line, int Residents)> rows, CancellationToken ct)
    {
        var ids = rows.Keys.Select(k => k.District).Distinct().ToList();
        return await db.DistrictPopulations.Where(p => ids.Contains(p.DistrictId))
            .ToDictionaryAsync(p => (p.DistrictId, p.Year, p.AgeBand, p.Sex), ct);
    }

    private async Task<DistrictImportResult> StoreAsync(
        Dictionary<(Guid District, int Year, string Age, string Sex), (int Line, int Residents)> rows, CancellationToken ct)
    {
        var stored = await StoredAsync(rows, ct);
        var (created, updated) = (0, 0);
        foreach (var (key, row) in rows)
        {
            if (!stored.TryGetValue(key, out var population))
            {
                population = new DistrictPopulation { DistrictId = key.District, Year = key.Year, AgeBand = key.Age, Sex = key.Sex };
                db.DistrictPopulations.Add(population);
                created++;
            }
            else
            {
                updated++;
            }
            (population.Residents, population.IsSampleData) = (row.Residents, false);
        }
        var latest = rows.Where(r => r.Key.Age == "" && r.Key.Sex == "").GroupBy(r => r.Key.District)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Key.Year));
        foreach (var district in await db.Districts.Where(d => latest.Keys.Contains(d.Id)).ToListAsync(ct))
        {
            var newest = latest[district.Id];
            if (district.PopulationYear is not { } year || year <= newest.Key.Year)
            {
                (district.Population, district.PopulationYear, district.IsSampleData) = (newest.Value.Residents, newest.Key.Year, false);
            }
        }
        await db.SaveChangesAsync(ct);
        return new(created, updated, []);
    }
}
