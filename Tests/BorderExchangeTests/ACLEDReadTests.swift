import BorderExchange
import BorderGeodata
import Foundation
import Testing

/// The ACLED reader on files written here for single rules (real-shaped
/// round trips are in the store tests).
@Suite struct ACLEDReadTests {
    let header =
        "event_id_cnty,event_date,year,time_precision,geo_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,source,notes,fatalities"

    @Test func goodRowsAreReadAndBadOnesRejectedByLine() throws {
        let text = """
            \(header)
            ARM1,28 July 2021,2021,1,1,Battles,Armed clash,Military Forces of Armenia,Military Forces of Azerbaijan,Armenia,Gegharkunik,Sotk,40.2001,45.8695,OC Media,"Clash near Sotk, three killed",3
            ARM2,29 July 2021,2021,1,1,Battles,Armed clash,A,B,Armenia,Gegharkunik,Nowhere,95.0,45.0,X,bad latitude,0
            ARM3,not a date,2021,1,1,Battles,Armed clash,A,B,Armenia,Gegharkunik,Sotk,40.2,45.87,X,bad date,0
            """
        let result = try ACLEDFormat.read(Data(text.utf8), file: "t.csv", sides: SideWords(theatres: []))
        #expect(result.records.count == 1)
        #expect(result.rejected.map(\.line) == [3, 4])
        #expect(result.rejected.allSatisfy { !"\($0)".isEmpty })
    }

    @Test func aFileWithoutTheRequiredColumnsIsRefusedNamingThem() {
        #expect {
            _ = try ACLEDFormat.read(
                Data("event_id_cnty,notes\nARM1,x\n".utf8), file: "t.csv", sides: SideWords(theatres: []))
        } throws: { error in
            "\(error)".contains("the header lacks") && "\(error)".contains("latitude")
        }
    }
}
