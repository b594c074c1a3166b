# ctest i18n.LANG_complete: fails when a string the window shows has no LANG translation.
# lupdate reads the sources into a copy of rnnlab_LANG.ts (the one in the repository stays as
# it is); a string that is new in the sources, or whose translation is empty or unfinished,
# comes out as type="unfinished", and each is named with its file and line.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DLANGUAGE=zh_CN -DWORK_DIR=... -P check_complete.cmake
set(ts ${SOURCE_DIR}/resources/translations/rnnlab_${LANGUAGE}.ts)
if(NOT EXISTS ${ts})
    message(FATAL_ERROR "${ts}: missing")
endif()
set(copy ${WORK_DIR}/rnnlab_${LANGUAGE}.check.ts)
configure_file(${ts} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -locations absolute -no-obsolete -I ${SOURCE_DIR}
            ${SOURCE_DIR}/ui ${SOURCE_DIR}/app/gui ${SOURCE_DIR}/core -ts ${copy}
    RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${errors}")
endif()
file(READ ${copy} text)
# CMake lists split at ';' and treat brackets specially: neither matters for the count.
string(REGEX REPLACE "[][;]" "," text "${text}")
# One <message> at a time: its location, source and whether its translation is finished.
string(REGEX MATCHALL "<message[^>]*>.*</message>" all "${text}")
string(REPLACE "</message>" "</message>;" all "${all}")
set(count 0)
set(report "")
foreach(message IN LISTS all)
    if(message MATCHES "type=\"unfinished\"")
        math(EXPR count "${count} + 1")
        string(REGEX MATCH "filename=\"([^\"]*)\" line=\"([0-9]+)\"" where "${message}")
        set(place "${CMAKE_MATCH_1}:${CMAKE_MATCH_2}")
        string(REGEX MATCH "<source>([^<]*)</source>" source "${message}")
        string(APPEND report "  ${place}: \"${CMAKE_MATCH_1}\"\n")
    endif()
endforeach()
if(count GREATER 0)
    message(FATAL_ERROR "${count} string(s) without a ${LANGUAGE} translation in ${ts} "
                        "(translate them after `cmake --build --preset release --target "
                        "rnnlab_lupdate`):\n${report}")
endif()
string(REGEX MATCHALL "<message" messages "${text}")
list(LENGTH messages total)
message(STATUS "${LANGUAGE}: all ${total} strings translated")
