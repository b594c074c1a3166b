# The window's translations (resources/translations/rnnlab_LANG.ts), compiled by lrelease into
# .qm files embedded in rnnlab_ui under :/translations. The CLI stays English.
#
# lupdate and lrelease come from Debian's qt6-l10n-tools, which ships the programs without
# Qt6LinguistTools' CMake package (that one pulls in Designer): they are called directly.
#   cmake --build --preset release --target rnnlab_lupdate   refreshes the .ts from the sources
#   ctest -R i18n.zh_CN_complete                              fails on any untranslated string
find_program(RNNLAB_LUPDATE NAMES lupdate lupdate-qt6 HINTS ${QT6_INSTALL_PREFIX}/lib/qt6/bin
                                                            /usr/lib/qt6/bin REQUIRED)
find_program(RNNLAB_LRELEASE NAMES lrelease lrelease-qt6 HINTS ${QT6_INSTALL_PREFIX}/lib/qt6/bin
                                                               /usr/lib/qt6/bin REQUIRED)
set(RNNLAB_TRANSLATIONS_DIR ${PROJECT_SOURCE_DIR}/resources/translations)
set(RNNLAB_LANGUAGES zh_CN)
# What lupdate reads: every source the window's strings can come from.
set(RNNLAB_TRANSLATED_SOURCES ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app/gui
                              ${PROJECT_SOURCE_DIR}/core)

function(rnnlab_add_translations target)
    set(qm_files)
    set(ts_files)
    foreach(language ${RNNLAB_LANGUAGES})
        set(ts ${RNNLAB_TRANSLATIONS_DIR}/rnnlab_${language}.ts)
        set(qm ${CMAKE_CURRENT_BINARY_DIR}/translations/rnnlab_${language}.qm)
        add_custom_command(OUTPUT ${qm}
            COMMAND ${RNNLAB_LRELEASE} -silent ${ts} -qm ${qm}
            DEPENDS ${ts}
            COMMENT "lrelease rnnlab_${language}.ts")
        list(APPEND qm_files ${qm})
        list(APPEND ts_files ${ts})
    endforeach()
    qt_add_resources(${target} translations PREFIX /translations
                     BASE ${CMAKE_CURRENT_BINARY_DIR}/translations FILES ${qm_files})
    add_custom_target(rnnlab_lupdate
        COMMAND ${RNNLAB_LUPDATE} -silent -locations relative -no-obsolete -I ${PROJECT_SOURCE_DIR}
                ${RNNLAB_TRANSLATED_SOURCES} -ts ${ts_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "lupdate: refreshing ${ts_files}"
        VERBATIM)
endfunction()
