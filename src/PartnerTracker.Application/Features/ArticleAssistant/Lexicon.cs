namespace PartnerTracker.Application.Features.ArticleAssistant;

/// <summary>The small vocabularies the rules use: job titles, words that mark organisations, places and common words.</summary>
public static class Lexicon
{
    /// <summary>Job titles, longest first so "Executive Chairman" wins over "Chairman".</summary>
    public static readonly string[][] Titles =
    [
        .. new[]
        {
            "Executive Vice Chairman", "Executive Chairman", "Executive Chairwoman", "Executive Chair", "Vice Chairman", "Vice Chairwoman",
            "Chief Executive Officer", "Chief Executive", "Chief Financial Officer", "Chief Technology Officer", "Chief Operating Officer",
            "Managing Director", "Executive Director", "Co-founder", "Co-Founder", "Chairman", "Chairwoman", "Chair", "CEO", "CFO", "CTO", "COO",
            "President", "Founder", "Director", "Minister", "Governor", "Spokesperson", "Spokesman", "Spokeswoman", "Head", "Partner",
        }.Select(t => t.Split(' ')).OrderByDescending(t => t.Length),
    ];

    /// <summary>Last words that make a name an organisation's ("SK Group", "Samsung Electronics").</summary>
    public static readonly HashSet<string> CorporateSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Group", "Electronics", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "AG", "SA", "SE", "NV", "GmbH",
        "Holdings", "Technologies", "Technology", "Systems", "Labs", "Motors", "Bank", "Capital", "Partners", "Ventures", "Industries",
        "Semiconductor", "Semiconductors", "Telecom", "Communications", "Networks", "Pharmaceuticals", "Energy", "Airlines", "Software",
    };

    /// <summary>Nouns that, right before a capitalised name, say it is an organisation ("chip designer Arm", "startup DeepSeek").</summary>
    public static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "startup", "start-up", "designer", "maker", "chipmaker", "carmaker", "automaker", "operator", "giant", "rival",
        "developer", "manufacturer", "carrier", "bank", "lender", "insurer", "daily", "newspaper", "broadcaster", "conglomerate", "investor",
        "fund", "group", "supplier", "provider", "partner", "partners", "unit", "subsidiary", "affiliate", "retailer", "brand", "outlet",
    };

    /// <summary>Nouns that, right before a capitalised name, say it is a product, and which kind.</summary>
    public static readonly Dictionary<string, Domain.ProductKind> ProductNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["app"] = Domain.ProductKind.Application, ["application"] = Domain.ProductKind.Application, ["chatbot"] = Domain.ProductKind.Application,
        ["assistant"] = Domain.ProductKind.Application, ["messenger"] = Domain.ProductKind.Platform, ["platform"] = Domain.ProductKind.Platform,
        ["service"] = Domain.ProductKind.Service, ["model"] = Domain.ProductKind.Model, ["chip"] = Domain.ProductKind.Hardware,
        ["device"] = Domain.ProductKind.Hardware, ["smartphone"] = Domain.ProductKind.Hardware, ["phone"] = Domain.ProductKind.Hardware,
        ["processor"] = Domain.ProductKind.Hardware, ["software"] = Domain.ProductKind.Application, ["tool"] = Domain.ProductKind.Service,
    };

    /// <summary>Capitalised words that are never an organisation: places, nationalities, days, months, sentence openers, acronyms.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // openers and function words
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "Our", "Their", "His", "Her",
        "And", "But", "Or", "So", "Yet", "For", "With", "Without", "As", "At", "In", "On", "Of", "By", "To", "From", "Upon", "After", "Before",
        "While", "When", "Where", "If", "Although", "Though", "Because", "Since", "Moreover", "However", "Meanwhile", "Also", "Other", "Others",
        "Such", "Some", "Many", "Most", "All", "Both", "Each", "Any", "No", "Not", "Industry", "Advertisement", "BY", "Mr", "Ms", "Mrs", "Dr",
        "According", "Under", "Over", "Still", "Even", "Then", "There", "Here", "What", "Which", "Who", "Why", "How", "Tech", "Analysts", "Sources",
        // days and months
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
        // places and nationalities
        "Korea", "South", "North", "Korean", "Koreans", "Seoul", "Busan", "Japan", "Japanese", "Tokyo", "China", "Chinese", "Beijing", "Shanghai",
        "US", "U.S", "U.S.", "USA", "America", "American", "Americans", "United", "States", "Kingdom", "UK", "Britain", "British", "London",
        "Europe", "European", "EU", "Germany", "German", "France", "French", "Paris", "India", "Indian", "Taiwan", "Taiwanese", "Asia", "Asian",
        "Silicon", "Valley", "California", "Washington", "New", "York", "Los", "Angeles", "San", "Francisco", "Singapore", "Hong", "Kong",
        "Seocho", "Gangnam", "Pangyo", "District", "Province", "City", "Street", "Road", "Avenue", "Middle", "East", "West", "Western", "Eastern",
        // words capitalised in headlines and acronyms that name no one
        "AI", "B2B", "B2C", "IT", "GPU", "GPUs", "CPU", "API", "IPO", "CEO", "CFO", "CTO", "COO", "R&D", "F", "YONHAP", "YOMHAP", "AP", "AFP",
    };

    /// <summary>Words that refer back to a deal already under discussion.</summary>
    public static readonly string[] DealReferences = ["project", "venture", "joint venture", "partnership", "collaboration", "initiative", "deal", "alliance", "agreement", "consortium"];
}
