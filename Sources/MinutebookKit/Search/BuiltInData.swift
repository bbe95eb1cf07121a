// Generated from index/topics.json and index/related.json by `scripts/generate-builtin.sh`; do not edit by hand.
// A test checks these copies match the files, so the binary works outside the repository with the shipped lists.

enum BuiltInData {
    static let topicsJSON = #"""
        {
          "topics": [
            {
              "id": "cybercrime",
              "name": "Cybercrime",
              "acronyms": [],
              "terms": ["cybercrime", "cyber crime", "cyber", "cyber-enabled", "cyber fraud", "cyber scams", "cyber attack",
                        "cyber security", "digital crime", "online fraud", "online scams", "online safety", "email scams",
                        "email scam", "scam emails", "phishing", "Action Fraud", "computer misuse", "hacking", "ransomware", "sextortion"]
            },
            {
              "id": "county-lines",
              "name": "County lines",
              "acronyms": ["CCE"],
              "terms": ["county lines", "county line", "cuckooing", "cuckooed", "drug lines", "drugs lines", "deal line",
                        "child criminal exploitation", "child drug exploitation", "drug running", "County Lines Unit"]
            },
            {
              "id": "fgm",
              "name": "FGM",
              "acronyms": ["FGM"],
              "terms": ["female genital mutilation", "genital mutilation", "female circumcision"]
            },
            {
              "id": "mash",
              "name": "MASH",
              "acronyms": ["MASH"],
              "terms": ["multi agency safeguarding hub", "multiagency safeguarding hub", "safeguarding hub"]
            },
            {
              "id": "hate-crime",
              "name": "Hate crime",
              "acronyms": [],
              "terms": ["hate crime", "hate crimes", "hate incident", "hate incidents", "hate hate", "racist crime", "racist incidents",
                        "racially aggravated", "religiously aggravated", "faith related crime", "faith related incidents",
                        "faith related hate", "homophobic", "transphobic", "disability related crime", "disability related incidents",
                        "disability hate", "misogyny"]
            },
            {
              "id": "domestic-abuse",
              "name": "Domestic abuse",
              "acronyms": ["DVPO", "DVPN", "MARAC", "IDVA"],
              "terms": ["domestic abuse", "domestic violence", "domestic and sexual abuse", "coercive control", "Clare's Law",
                        "domestic homicide", "Domestic Abuse Investigation Units"]
            },
            {
              "id": "modern-slavery",
              "name": "Modern slavery",
              "acronyms": ["NRM"],
              "terms": ["modern slavery", "slavery", "human trafficking", "trafficking", "trafficked", "forced labour",
                        "National Referral Mechanism", "National Referrals Mechanism"]
            },
            {
              "id": "road-safety",
              "name": "Road safety",
              "acronyms": ["RTC", "KSI"],
              "terms": ["road safety", "road casualties", "road casualty", "road traffic collision", "road accidents",
                        "road deaths", "speeding", "speed detection", "speed enforcement", "speedwatch", "drink driving",
                        "drug driving", "dangerous driving", "Fatal Four", "motorists", "cyclists and pedestrians"]
            },
            {
              "id": "mental-health",
              "name": "Mental health",
              "acronyms": [],
              "terms": ["mental health", "mental ill health", "mental illness", "psychological support", "psychological impact",
                        "section 136", "street triage"]
            },
            {
              "id": "honour-based-abuse",
              "name": "Honour-based abuse",
              "acronyms": ["HBA", "HBV"],
              "terms": ["honour based abuse", "honour based violence", "honour crimes", "honour crime", "honour killing",
                        "forced marriage"]
            },
            {
              "id": "child-sexual-exploitation",
              "name": "Child sexual exploitation",
              "acronyms": ["CSE"],
              "terms": ["child sexual exploitation", "child sexual abuse", "sexual exploitation of children", "grooming",
                        "sexting"]
            },
            {
              "id": "peer-on-peer-abuse",
              "name": "Peer-on-peer abuse",
              "acronyms": [],
              "terms": ["peer on peer abuse", "peer on peer", "peer-to-peer abuse", "child on child abuse"]
            }
          ]
        }
        """#

    static let relatedJSON = #"""
        {
          "related": [
            ["body-worn video", "body worn video", "body-worn cameras", "body worn cameras", "body cameras", "bodycams", "bodycam", "BWV"],
            ["revenge porn", "intimate image abuse", "intimate images", "intimate photos", "sexual images", "private sexual photographs"],
            ["elderly", "older people", "older persons", "pensioners", "vulnerable adults"],
            ["cutting", "FGM", "female genital mutilation"],
            ["cuckooing", "county lines", "drug lines"],
            ["knife crime", "knives", "stabbings", "bladed articles"],
            ["drones", "unmanned aerial vehicles", "UAV"],
            ["speeding", "speed cameras", "speed enforcement"],
            ["antisocial behaviour", "anti-social behaviour", "ASB"],
            ["youngsters", "young people", "children", "juveniles"],
            ["budget", "funding", "precept", "finances"],
            ["101", "non-emergency number"]
          ]
        }
        """#
}
