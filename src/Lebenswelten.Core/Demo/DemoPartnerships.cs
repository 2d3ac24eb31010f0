using Lebenswelten.Core.Organisations;
using Lebenswelten.Core.Network.Partnerships;

namespace Lebenswelten.Core.Demo;

/// <summary>
/// The demo sites' agreements, from the seeds: Weimar's health partnership of 22 January 2019 (with its checklist
/// fulfilled), Chemnitz's "Chemnitz bewegt sich" of 4 December 2018, Leipzig's cooperation agreement of 8 January 2020
/// that AOK PLUS signed for all statutory insurers, and Jena's letter of intent of July 2022. Signatories are named as in
/// the published press releases; evidence texts and reviewers are sample data.
/// </summary>
internal static class DemoPartnerships
{
    private const FieldsOfAction AllFields =
        FieldsOfAction.GrowingUpHealthy | FieldsOfAction.LivingAndWorkingHealthy | FieldsOfAction.AgeingHealthy;

    public static void Add(LebensweltenDbContext db, string slug, Guid siteId, Func<string, Organisation> org, DateTimeOffset now)
    {
        switch (slug)
        {
            case "weimar":
                Agreement(db, siteId, now, AgreementKind.HealthPartnership, "Kommunale Gesundheitspartnerschaft Weimar", new(2019, 1, 22),
                    "AOK PLUS fördert gezielt Projekte für Kinder und Jugendliche in schwierigen Lebenslagen, aufbauend auf der " +
                    "kommunalen Präventionskette der Stadt Weimar und den Befunden der Schuleingangsuntersuchungen.",
                    AllFields, LifePhases.PregnancyAndBirth | LifePhases.EarlyChildhood | LifePhases.Kindergarten | LifePhases.SchoolAge
                        | LifePhases.Adolescence, TargetGroups.Children | TargetGroups.YoungPeople | TargetGroups.Families,
                    (org("Stadt Weimar"), "Peter Kleine", "Oberbürgermeister", null),
                    (org("AOK PLUS"), "Alexandra Krumbein", "Regionalgeschäftsführerin", null));
                Eligible(db, siteId, new(2019, 1, 10));
                break;
            case "chemnitz":
                Agreement(db, siteId, now, AgreementKind.HealthPartnership, "Gesundheitspartnerschaft „Chemnitz bewegt sich“", new(2018,
                    12, 4),
                    "Gesundheitspartnerschaft von AOK PLUS und Stadt Chemnitz: auf Grundlage der AOK-Familienstudie 2018 entsteht mit " +
                    "den NINERS Chemnitz ein nachhaltiges Bewegungsangebot für Väter und ihre Kinder.",
                    AllFields, LifePhases.Kindergarten | LifePhases.SchoolAge | LifePhases.WorkingAge,
                    TargetGroups.Fathers | TargetGroups.Children | TargetGroups.Families,
                    (org("Stadt Chemnitz"), "Dr. med. Harald Uerlings", "Leiter des Gesundheitsamtes", null),
                    (org("AOK PLUS"), "Jens Berghold", "Regionalgeschäftsführer", null));
                Eligible(db, siteId, new(2018, 11, 20));
                break;
            case "leipzig":
                Agreement(db, siteId, now, AgreementKind.CooperationAgreement,
                    "Kooperationsvereinbarung „Verzahnung von Arbeits- und Gesundheitsförderung“", new(2020, 1, 8),
                    "Jobcenter Leipzig und die gesetzlichen Krankenkassen der Region bauen gemeinsam ein Netzwerk zur " +
                    "Gesundheitsförderung bei arbeitslosen Menschen auf (bundesweites Modellprojekt, koordiniert von der BZgA).",
                    FieldsOfAction.LivingAndWorkingHealthy, LifePhases.WorkingAge, TargetGroups.UnemployedPeople,
                    (org("Jobcenter Leipzig"), "Sabine Edner", "Geschäftsführerin", null),
                    (org("AOK PLUS"), "Kristina Winter", "Geschäftsführerin der Region Leipzig",
                        "stellvertretend für die gesetzlichen Krankenkassen in Sachsen"));
                break;
            case "jena":
                Agreement(db, siteId, now, AgreementKind.LetterOfIntent, "Absichtserklärung Smartes Quartier Jena-Lobeda", new(2022, 7, 1),
                    "Strategische Partnerschaft von Stadtwerke Jena und AOK PLUS für die Gesundheit der Mieterinnen und Mieter: " +
                    "Ernährungsberatung, Sport-Schnupperkurse und ein Telemedizinraum. Unterzeichnet im Juli 2022 (Tag " +
                    "in den Beispieldaten angenommen).",
                    FieldsOfAction.LivingAndWorkingHealthy | FieldsOfAction.AgeingHealthy, LifePhases.WorkingAge | LifePhases.OldAge,
                    TargetGroups.Tenants, (org("Stadtwerke Jena"), null, null, null), (org("AOK PLUS"), null, null, null));
                break;
        }
    }

    private static void Agreement(LebensweltenDbContext db, Guid siteId, DateTimeOffset now, AgreementKind kind, string title,
        DateOnly signedOn,
        string summary, FieldsOfAction fields, LifePhases phases, TargetGroups groups,
        params (Organisation Organisation, string? Name, string? Function, string? OnBehalfOf)[] parties) =>
        db.Agreements.Add(new Agreement
        {
            SiteId = siteId, Kind = kind, Title = title, SignedOn = signedOn, StartsOn = signedOn, Summary = summary,
            FieldsOfAction = fields, LifePhases = phases, TargetGroups = groups, CreatedAt = now, UpdatedAt = now,
            Parties = [.. parties.Select((p, i) => new AgreementParty
            {
                OrganisationId = p.Organisation.Id, Position = i, SignatoryName = p.Name, SignatoryFunction = p.Function, OnBehalfOf =
                    p.OnBehalfOf,
            })],
        });

    /// <summary>The checklist fulfilled, as the insurer found before signing (evidence and reviewer: sample data).</summary>
    private static void Eligible(LebensweltenDbContext db, Guid siteId, DateOnly decidedOn)
    {
        var at = Common.BerlinTime.ToUtc(decidedOn, new TimeOnly(10, 0));
        const string reviewer = "Kassenreferentin AOK PLUS (Beispiel)";
        var check = new EligibilityCheck
        {
            SiteId = siteId, Decision = EligibilityDecision.Eligible, DecidedAt = at, DecidedByName = reviewer, IsSampleData = true,
            DecisionNote = "Alle drei Kriterien erfüllt (Beispieldaten).",
        };
        check.Criteria =
        [
            Evidence(check, EligibilityCriterion.EngagedInHealthPromotion, at, reviewer,
                "Kommunale Präventionskette für Kinder und Jugendliche in schwierigen Lebenslagen, von den Frühen " +
                "Hilfen bis zur Einschulung (Beispieldaten)."),
            Evidence(check, EligibilityCriterion.WorksToGkvQualityCriteria, at, reviewer,
                "Projekte werden nach den Qualitätskriterien des Leitfadens Prävention geplant und ausgewertet (Beispieldaten)."),
            Evidence(check, EligibilityCriterion.HasStrategicActionConcept, at, reviewer,
                "Strategisches Handlungskonzept der Stadt mit Zielen je Stadtteil, begründet mit den " +
                "Schuleingangsuntersuchungen (Beispieldaten)."),
        ];
        db.EligibilityChecks.Add(check);
        db.EligibilityEvents.AddRange(
            [.. check.Criteria.Select(c => new EligibilityEvent { CheckId = check.Id, At = at, ActorName = reviewer, Kind =
                EligibilityEventKind.Confirmed, Criterion = c.Criterion }),
            new EligibilityEvent { CheckId = check.Id, At = at, ActorName = reviewer, Kind = EligibilityEventKind.Decided, Decision =
                EligibilityDecision.Eligible }]);
    }

    private static CriterionEvidence Evidence(EligibilityCheck check, EligibilityCriterion criterion, DateTimeOffset at, string reviewer,
        string text) =>
        new() { CheckId = check.Id, Criterion = criterion, Evidence = text, EvidenceUpdatedAt = at, ConfirmedAt = at, ConfirmedByName =
            reviewer };
}
